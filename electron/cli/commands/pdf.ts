import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openAppDatabase, resolveDbFile, userPath } from '../../db/app-db';
import { findParticipantByNip } from '../../repositories/participant';
import type { ServiceContext } from '../../services/context';
import { exportBatch, printIdp, printRecap, printReport } from '../../services/pdf-export';
import type { CliIo, Command } from '.';
import { pdfVerifyCommand } from './pdf-verify';

const OPTIONS = { batch: { type: 'string' }, out: { type: 'string' }, participant: { type: 'string' }, lang: { type: 'string' }, workers: { type: 'string' } } as const;

function usage(io: CliIo, kind: string): number {
  io.err(`Usage: asesa pdf ${kind} --batch ID --out DIR [--lang id|en] [--workers N]`);
  if (kind === 'idp' || kind === 'report') io.err(`       asesa pdf ${kind} --batch ID --participant NIP --out FILE [--lang id|en]`);
  return 2;
}

/**
 * `asesa pdf idp|report --batch ID --out DIR`: every document of the batch into a folder,
 * rendered on worker threads with a progress line; `--participant NIP --out FILE`: one.
 * Ctrl+C cancels between documents.
 */
function pdfCommand(kind: 'idp' | 'report' | 'recap'): Command {
  return {
    words: ['pdf', kind],
    usage: kind === 'recap' ? 'pdf recap --batch ID --out FILE' : `pdf ${kind} --batch ID --out DIR|FILE [--participant NIP]`,
    summary: kind === 'idp' ? 'IDP PDFs of a batch (or of one participant).' : kind === 'report' ? 'Individual assessment report PDFs of a batch (or of one participant).' : 'The batch recap PDF.',
    run: async ({ argv, dbOption, io }) => {
      let values;
      try {
        values = parseArgs({ args: argv, options: OPTIONS }).values;
      } catch (e) {
        io.err(e instanceof Error ? e.message : String(e));
        return usage(io, kind);
      }
      if (!values.batch || !values.out) return usage(io, kind);
      const language = values.lang === 'en' ? 'en' : 'id';
      if (values.lang && values.lang !== 'id' && values.lang !== 'en') return usage(io, kind);
      const out = userPath(values.out);
      const { db } = openAppDatabase(resolveDbFile(dbOption));
      // The command line acts as the person at the office machine: no app user.
      const ctx: ServiceContext = { db, session: { user: null, lastActivity: Date.now() } };
      try {
        if (kind === 'recap' || values.participant) {
          let file;
          if (kind === 'recap') file = await printRecap(ctx, values.batch, language);
          else {
            const p = findParticipantByNip(db, values.participant!.replace(/\D/g, ''));
            if (!p) {
              io.err(`Unknown NIP / NIP tidak dikenal: ${values.participant}`);
              return 1;
            }
            file = await (kind === 'idp' ? printIdp : printReport)(ctx, values.batch, p.id, language);
          }
          const target = fs.existsSync(out) && fs.statSync(out).isDirectory() ? path.join(out, file.fileName) : out;
          fs.mkdirSync(path.dirname(target), { recursive: true });
          fs.writeFileSync(target, Buffer.from(file.contentBase64, 'base64'));
          io.out(target);
          return 0;
        }
        const controller = new AbortController();
        const onSigint = () => controller.abort();
        process.once('SIGINT', onSigint);
        try {
          const workers = values.workers === undefined ? undefined : Number(values.workers);
          if (workers !== undefined && !(Number.isInteger(workers) && workers >= 0 && workers <= 8)) return usage(io, kind);
          const r = await exportBatch(ctx, {
            batchId: values.batch,
            kind,
            outDir: out,
            language,
            signal: controller.signal,
            poolSize: workers,
            onProgress: (done, total) => io.err(`${done}/${total}`),
          });
          io.out(`written ${r.written}, skipped ${r.skipped}${r.cancelled ? ', cancelled' : ''} → ${out}`);
          return r.cancelled ? 1 : 0;
        } finally {
          process.off('SIGINT', onSigint);
        }
      } finally {
        db.close();
      }
    },
  };
}

export const pdfCommands: Command[] = [pdfCommand('idp'), pdfCommand('report'), pdfCommand('recap'), pdfVerifyCommand];
