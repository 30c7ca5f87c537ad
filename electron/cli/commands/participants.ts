import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { translate } from '../../../shared/i18n/translate';
import type { ImportCounts, ImportProblem } from '../../../shared/schemas/participant';
import { openAppDatabase, resolveDbFile, userPath } from '../../db/app-db';
import type { Db } from '../../db/connection';
import type { ServiceContext } from '../../services/context';
import { readImportFileFromDisk } from '../../services/participant-file';
import { exportParticipants } from '../../services/participants';
import { applyImport, previewImport, toAppError } from '../../services/participants-apply';
import type { CliIo, Command } from '.';

/** How many problems the CLI prints; the rest are counted. */
const SHOWN_PROBLEMS = 20;

function withContext<T>(dbOption: string | undefined, run: (ctx: ServiceContext) => Promise<T>): Promise<T> {
  const { db } = openAppDatabase(resolveDbFile(dbOption));
  // The command line acts as the person at the keyboard of the office machine: no app user.
  const ctx: ServiceContext = { db, session: { user: null, lastActivity: Date.now() } };
  return run(ctx).finally(() => (db as Db).close());
}

function printCounts(io: CliIo, counts: ImportCounts, problems: ImportProblem[]): void {
  io.out(
    `new ${counts.new}, updated ${counts.updated}, unchanged ${counts.unchanged}, rejected ${counts.rejected} (rows ${counts.rows})`,
  );
  for (const p of problems.slice(0, SHOWN_PROBLEMS)) {
    io.out(`  row ${p.row}${p.column ? `, column ${p.column}` : ''}: ${p.text.id} | ${p.text.en}`);
  }
  if (problems.length > SHOWN_PROBLEMS) io.out(`  … ${problems.length - SHOWN_PROBLEMS} more problem(s)`);
}

const importCommand: Command = {
  words: ['participants', 'import'],
  usage: 'participants import FILE [--dry-run] [--valid-only] [--sheet NAME]',
  summary: 'Import participants from CSV/XLSX; prints new/updated/unchanged/rejected counts.',
  run: async ({ argv, dbOption, io }) => {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { 'dry-run': { type: 'boolean' }, 'valid-only': { type: 'boolean' }, sheet: { type: 'string' } },
    });
    if (positionals.length !== 1) {
      io.err('Usage: asesa participants import FILE [--dry-run] [--valid-only] [--sheet NAME]');
      return 2;
    }
    const file = userPath(positionals[0]!);
    if (!fs.existsSync(file)) {
      io.err(`File not found / Berkas tidak ditemukan: ${file}`);
      return 1;
    }
    const validOnly = values['valid-only'] === true;
    return withContext(dbOption, async (ctx) => {
      let bytes: Uint8Array;
      try {
        bytes = readImportFileFromDisk(file);
      } catch (e) {
        throw toAppError(e);
      }
      const req = { fileName: path.basename(file), bytes, sheet: values.sheet };
      const preview = await previewImport(ctx, req);
      if (preview.missingFields.length) {
        const params = { fields: preview.missingFields.join(', ') };
        io.err(translate('id', 'participants.file.missingColumns', params));
        io.err(translate('en', 'participants.file.missingColumns', params));
        return 1;
      }
      const refused = preview.counts.rejected > 0 && !validOnly;
      if (values['dry-run'] || refused) {
        io.out(
          values['dry-run']
            ? 'dry run: nothing was written'
            : 'nothing was imported (use --valid-only to import the valid rows)',
        );
        printCounts(io, preview.counts, preview.problems);
        return refused ? 1 : 0;
      }
      const result = await applyImport(ctx, req, validOnly ? 'valid-only' : 'all-or-nothing');
      printCounts(io, result.counts, result.problems);
      return 0;
    });
  },
};

const exportCommand: Command = {
  words: ['participants', 'export'],
  usage: 'participants export --format csv|xlsx --out FILE',
  summary: 'Write all participants to a CSV or XLSX file.',
  run: async ({ argv, dbOption, io }) => {
    const { values } = parseArgs({ args: argv, options: { format: { type: 'string' }, out: { type: 'string' } } });
    const format = values.format;
    if ((format !== 'csv' && format !== 'xlsx') || !values.out) {
      io.err('Usage: asesa participants export --format csv|xlsx --out FILE');
      return 2;
    }
    const out = userPath(values.out);
    if (fs.existsSync(out)) {
      io.err(`Refusing to overwrite / Tidak menimpa berkas yang sudah ada: ${out}`);
      return 1;
    }
    return withContext(dbOption, async (ctx) => {
      const file = await exportParticipants(ctx, format);
      fs.writeFileSync(out, file.bytes);
      io.out(`${file.count} participant(s) written to ${out}`);
      return 0;
    });
  },
};

export const participantCommands: Command[] = [importCommand, exportCommand];
