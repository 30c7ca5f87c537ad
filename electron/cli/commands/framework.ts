import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { FRAMEWORK_FORMATS, type FrameworkFormat, type ImportPreview } from '../../../shared/schemas/dictionary';
import { openAppDatabase, resolveDbFile, userPath } from '../../db/app-db';
import type { ServiceContext } from '../../services/context';
import { ensureSeeded } from '../../services/dictionary-seed';
import { listFrameworks } from '../../services/framework';
import { applyImport, exportFramework, previewImport } from '../../services/framework-exchange';
import { findFrameworkByIdNumber } from '../../repositories/framework';
import type { CliIo, Command } from '.';

/** Opens the database the way the app starts: migrated, and the dictionary seeded on first use. */
function withContext<T>(dbOption: string | undefined, run: (ctx: ServiceContext) => T): T {
  const { db } = openAppDatabase(resolveDbFile(dbOption));
  try {
    ensureSeeded(db);
    // The command line acts as the person at the keyboard of the office machine: no app user.
    return run({ db, session: { user: null, lastActivity: Date.now() } });
  } finally {
    db.close();
  }
}

function printPreview(io: CliIo, p: ImportPreview): void {
  io.out(`${p.idNumber} (${p.format}): ${p.action}`);
  io.out(
    `nodes ${p.counts.nodes}: new ${p.counts.new}, changed ${p.counts.changed}, unchanged ${p.counts.unchanged}, removed ${p.counts.removed}`,
  );
  if (p.standards) {
    io.out(`position standards: new ${p.standards.new}, changed ${p.standards.changed}, unchanged ${p.standards.unchanged}`);
  }
}

const listCommand: Command = {
  words: ['framework', 'list'],
  usage: 'framework list',
  summary: 'List competency frameworks with their latest version.',
  run: ({ dbOption, io }) =>
    withContext(dbOption, (ctx) => {
      for (const f of listFrameworks(ctx)) {
        const v = f.latest;
        io.out(
          `${f.id}  ${f.idNumber}  v${v.number}${v.locked ? ' (in use)' : ''}  ${v.nodeCount} nodes  ${f.name.id}`,
        );
      }
      return 0;
    }),
};

const exportCommand: Command = {
  words: ['framework', 'export'],
  usage: 'framework export --format moodle|case --out FILE [--framework ID]',
  summary: 'Export a framework (latest version) as Moodle CSV or CASE 1.1 JSON.',
  run: ({ argv, dbOption, io }) => {
    const { values } = parseArgs({
      args: argv,
      options: { format: { type: 'string' }, out: { type: 'string' }, framework: { type: 'string' } },
    });
    const format = values.format as FrameworkFormat | undefined;
    if (!format || !FRAMEWORK_FORMATS.includes(format) || !values.out) {
      io.err('Usage: asesa framework export --format moodle|case --out FILE [--framework ID]');
      return 2;
    }
    const out = userPath(values.out);
    return withContext(dbOption, (ctx) => {
      // --framework takes the id or the id number; default: the first (seeded ASN) framework.
      const wanted = values.framework;
      const frameworkId = wanted ? (findFrameworkByIdNumber(ctx.db, wanted)?.id ?? wanted) : listFrameworks(ctx)[0]?.id;
      if (!frameworkId) {
        io.err('No framework / Tidak ada kerangka kompetensi');
        return 1;
      }
      const file = exportFramework(ctx, { format, frameworkId });
      fs.writeFileSync(out, file.content, 'utf8');
      io.out(`${out}`);
      return 0;
    });
  },
};

const importCommand: Command = {
  words: ['framework', 'import'],
  usage: 'framework import FILE [--dry-run]',
  summary: 'Import a Moodle CSV or CASE JSON framework; prints new/changed/unchanged counts.',
  run: ({ argv, dbOption, io }) => {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { 'dry-run': { type: 'boolean' } },
    });
    if (positionals.length !== 1) {
      io.err('Usage: asesa framework import FILE [--dry-run]');
      return 2;
    }
    const file = userPath(positionals[0]!);
    if (!fs.existsSync(file)) {
      io.err(`File not found / Berkas tidak ditemukan: ${file}`);
      return 1;
    }
    const bytes = fs.readFileSync(file);
    const name = path.basename(file);
    // Parse errors are AppError BAD_INPUT: runCli prints each "row/field: message" and exits 1.
    return withContext(dbOption, (ctx) => {
      if (values['dry-run']) {
        printPreview(io, previewImport(ctx, name, bytes));
        io.out('dry run: nothing was written');
        return 0;
      }
      const result = applyImport(ctx, name, bytes);
      printPreview(io, result);
      io.out(`framework ${result.frameworkId} version ${result.versionNumber}`);
      return 0;
    });
  },
};

export const frameworkCommands: Command[] = [listCommand, exportCommand, importCommand];
