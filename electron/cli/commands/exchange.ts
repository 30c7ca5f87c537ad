import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { openAppDatabase, resolveDbFile, userPath } from '../../db/app-db';
import { takePreview } from '../../exchange/preview-store';
import { openPackage } from '../../exchange/read';
import type { ExportScope } from '../../exchange/format';
import type { ServiceContext } from '../../services/context';
import { applyPreview, exportPackage, previewPackage } from '../../services/exchange';
import { writePackagePdfs } from '../../services/exchange-pdfs';
import { getOfficeKey } from '../../services/exchange-trust';
import type { CliIo, Command } from '.';

/** The command line acts as the person at the keyboard of the office machine: no app user. */
function withContext<T>(dbOption: string | undefined, run: (ctx: ServiceContext) => T | Promise<T>): Promise<T> {
  const { db } = openAppDatabase(resolveDbFile(dbOption));
  const ctx: ServiceContext = { db, session: { user: null, lastActivity: Date.now() } };
  return Promise.resolve()
    .then(() => run(ctx))
    .finally(() => db.close());
}

/** The first line of the file (a trailing newline from an editor is not part of the passphrase). */
function readPassphrase(file: string | undefined, io: CliIo): string | undefined | null {
  if (file === undefined) return undefined;
  const p = userPath(file);
  if (!fs.existsSync(p)) {
    io.err(`File not found / Berkas tidak ditemukan: ${p}`);
    return null;
  }
  return fs.readFileSync(p, 'utf-8').replace(/\r?\n$/, '');
}

function readPackageFile(file: string, io: CliIo): Uint8Array | null {
  const p = userPath(file);
  if (!fs.existsSync(p)) {
    io.err(`File not found / Berkas tidak ditemukan: ${p}`);
    return null;
  }
  return new Uint8Array(fs.readFileSync(p));
}

const exportCommand: Command = {
  words: ['export'],
  usage:
    'export --out FILE [--batch ID [--with-pdfs [--lang id|en]] | --since-office CODE] [--passphrase-file F] [--no-encrypt]',
  summary:
    "Write a signed (and by default encrypted) .asesa package: whole database, one batch, or changes since the last package to an office. --with-pdfs adds the batch's reports, IDPs and recap as PDFs (each takes a new document number).",
  run: async ({ argv, dbOption, io }) => {
    const { values } = parseArgs({
      args: argv,
      options: {
        out: { type: 'string' },
        batch: { type: 'string' },
        'since-office': { type: 'string' },
        'passphrase-file': { type: 'string' },
        'no-encrypt': { type: 'boolean' },
        'with-pdfs': { type: 'boolean' },
        lang: { type: 'string' },
      },
    });
    if (!values.out || (values.batch && values['since-office']) || (values.lang && !['id', 'en'].includes(values.lang))) {
      io.err(`Usage: asesa ${exportCommand.usage}`);
      return 2;
    }
    if (values.lang && !values['with-pdfs']) {
      io.err('--lang is the language of the PDFs: give it with --with-pdfs / --lang adalah bahasa PDF: berikan bersama --with-pdfs');
      return 2;
    }
    if (values['with-pdfs'] && !values.batch) {
      io.err('--with-pdfs needs --batch ID / --with-pdfs hanya untuk paket satu batch (--batch ID)');
      io.err(`Usage: asesa ${exportCommand.usage}`);
      return 2;
    }
    const encrypt = values['no-encrypt'] !== true;
    if (encrypt && !values['passphrase-file']) {
      io.err(
        'Packages are encrypted by default: give --passphrase-file F, or --no-encrypt / Paket dienkripsi secara bawaan: berikan --passphrase-file F, atau --no-encrypt',
      );
      return 2;
    }
    const passphrase = readPassphrase(values['passphrase-file'], io);
    if (passphrase === null) return 1;
    const out = userPath(values.out);
    if (fs.existsSync(out)) {
      io.err(`File exists, not overwritten / Berkas sudah ada, tidak ditimpa: ${out}`);
      return 1;
    }
    const scope: ExportScope = values.batch
      ? { kind: 'batch', batchId: values.batch }
      : values['since-office']
        ? { kind: 'since', sinceOfficeCode: values['since-office'] }
        : { kind: 'full' };
    const withPdfs = values['with-pdfs'] === true;
    return withContext(dbOption, async (ctx) => {
      const pdfLanguage = values.lang === 'en' ? 'en' : 'id';
      const built = await exportPackage(ctx, { scope, encrypt, passphrase, withPdfs, pdfLanguage });
      // Temporary name, then rename: a half-written package never carries the final name.
      fs.writeFileSync(`${out}.part`, built.bytes);
      fs.renameSync(`${out}.part`, out);
      io.out(
        `package ${built.manifest.packageId} → ${out} (${built.bytes.length} bytes, ${encrypt ? 'encrypted' : 'NOT encrypted'})`,
      );
      for (const [table, n] of Object.entries(built.counts)) if (n > 0) io.out(`  ${table.padEnd(30)} ${n}`);
      if (withPdfs) io.out(`  ${'PDF'.padEnd(30)} ${built.pdfs.length}`);
      return 0;
    });
  },
};

const importCommand: Command = {
  words: ['import'],
  usage: 'import FILE [--dry-run] [--passphrase-file F] [--trust-signer] [--resolve mine|theirs] [--pdf-out DIR]',
  summary:
    'Verify a package, print new/changed/unchanged/conflict/local-newer per table, then apply it in one transaction. --pdf-out DIR writes the PDFs it carries (also with --dry-run; existing files are never overwritten).',
  run: async ({ argv, dbOption, io }) => {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        'dry-run': { type: 'boolean' },
        'passphrase-file': { type: 'string' },
        'trust-signer': { type: 'boolean' },
        resolve: { type: 'string' },
        'pdf-out': { type: 'string' },
      },
    });
    if (
      positionals.length !== 1 ||
      (values.resolve !== undefined && values.resolve !== 'mine' && values.resolve !== 'theirs')
    ) {
      io.err(`Usage: asesa ${importCommand.usage}`);
      return 2;
    }
    const bytes = readPackageFile(positionals[0]!, io);
    const passphrase = readPassphrase(values['passphrase-file'], io);
    if (!bytes || passphrase === null) return 1;
    return withContext(dbOption, (ctx) => {
      const preview = previewPackage(ctx, bytes, passphrase);
      io.out(`package ${preview.packageId} (format ${preview.formatVersion}, ${preview.createdAt})`);
      io.out(
        `signer ${preview.signer.code} — ${preview.signer.name}: ${preview.signer.fingerprint} (${preview.signer.trust})`,
      );
      if (preview.alreadyAppliedAt) io.out(`already imported at / sudah diimpor pada ${preview.alreadyAppliedAt}`);
      io.out(`${'table'.padEnd(30)} new changed unchanged conflict local-newer`);
      for (const t of preview.tables)
        io.out(`${t.table.padEnd(30)} ${t.new} ${t.changed} ${t.unchanged} ${t.conflict} ${t.localNewer}`);
      for (const c of preview.conflicts.slice(0, 20)) io.out(`  conflict ${c.table} ${c.id} (${c.reason})`);
      io.out(`PDF: ${preview.pdfs.length}`);
      for (const p of preview.pdfs) io.out(`  ${p.fileName} (${p.bytes} bytes)`);
      if (values['pdf-out'] !== undefined) {
        // Written once the package is verified, before (and independent of) applying its rows.
        const dir = userPath(values['pdf-out']);
        const opened = takePreview(preview.previewId)!;
        const files = writePackagePdfs(opened.pkg.pdfs, dir);
        io.out(`${files.length} PDF → ${dir}`);
      }
      if (values['dry-run']) {
        io.out('dry run: nothing was written / uji coba: tidak ada yang ditulis');
        return 0;
      }
      const resolve = values.resolve as 'mine' | 'theirs' | undefined;
      const result = applyPreview(ctx, {
        previewId: preview.previewId,
        resolutions: resolve ? { default: resolve } : {},
        trustSigner: values['trust-signer'] === true,
      });
      io.out(`imported / diimpor: ${result.importId}${result.backupFile ? ` (backup ${result.backupFile})` : ''}`);
      for (const t of result.tables)
        if (t.inserted || t.updated || t.keptMine)
          io.out(`  ${t.table.padEnd(30)} inserted ${t.inserted}, updated ${t.updated}, kept mine ${t.keptMine}`);
      return 0;
    });
  },
};

const verifyCommand: Command = {
  words: ['verify'],
  usage: 'verify FILE [--passphrase-file F]',
  summary: 'Check a package (structure, hashes, signature, format); exit 0 only when intact and correctly signed.',
  run: ({ argv, io }) => {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { 'passphrase-file': { type: 'string' } },
    });
    if (positionals.length !== 1) {
      io.err(`Usage: asesa ${verifyCommand.usage}`);
      return 2;
    }
    const bytes = readPackageFile(positionals[0]!, io);
    const passphrase = readPassphrase(values['passphrase-file'], io);
    if (!bytes || passphrase === null) return 1;
    const pkg = openPackage(bytes, passphrase);
    const m = pkg.manifest;
    io.out(`ok: package ${m.packageId}, format ${m.formatVersion}, ${pkg.encrypted ? 'encrypted' : 'not encrypted'}`);
    io.out(`signer ${m.office.code} — ${m.office.name}`);
    io.out(`fingerprint ${pkg.fingerprint}`);
    for (const [name, e] of Object.entries(m.entries)) io.out(`  ${name.padEnd(40)} ${e.count ?? ''}`);
    return 0;
  },
};

const officeKeyCommand: Command = {
  words: ['office', 'key'],
  usage: 'office key',
  summary: "Print this office's signing key fingerprint (read it to the other office to confirm trust).",
  run: ({ dbOption, io }) =>
    withContext(dbOption, (ctx) => {
      const key = getOfficeKey(ctx);
      io.out(`${key.officeCode}  ${key.fingerprint}`);
      return 0;
    }),
};

export const exchangeCommands: Command[] = [exportCommand, importCommand, verifyCommand, officeKeyCommand];
