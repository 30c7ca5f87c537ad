import fs from 'node:fs';
import path from 'node:path';
import { translate } from '../../../shared/i18n/translate';
import { openAppDatabase, resolveDbFile, userPath } from '../../db/app-db';
import type { ServiceContext } from '../../services/context';
import { checkDocumentSize, verifyDocument } from '../../services/document-verify';
import type { Command } from '.';

/**
 * `asesa pdf verify FILE`: checks a printed Asesa PDF against this database ("Periksa
 * dokumen"). Prints the verdict in Indonesian and English and what the document says.
 * Exit 0 only for a match, so a script can rely on it; 1 for anything else.
 */
export const pdfVerifyCommand: Command = {
  words: ['pdf', 'verify'],
  usage: 'pdf verify FILE',
  summary: 'Check a printed Asesa PDF against the data in this database (exit 0 only on a match).',
  run: ({ argv, dbOption, io }) => {
    if (argv.length !== 1 || argv[0]!.startsWith('-')) {
      io.err('Usage: asesa pdf verify FILE');
      return 2;
    }
    const file = userPath(argv[0]!);
    if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
      io.err(`Berkas tidak ditemukan / File not found: ${file}`);
      return 1;
    }
    const fileName = path.basename(file);
    checkDocumentSize(fileName, fs.statSync(file).size);
    const { db } = openAppDatabase(resolveDbFile(dbOption));
    // The command line acts as the person at the office machine: no app user.
    const ctx: ServiceContext = { db, session: { user: null, lastActivity: Date.now() } };
    try {
      const r = verifyDocument(ctx, { fileName, bytes: fs.readFileSync(file) });
      io.out(translate('id', `documents.verdict.${r.verdict}`));
      io.out(translate('en', `documents.verdict.${r.verdict}`));
      if (r.document) {
        const who = r.participant ? `${r.participant.name} (${r.participant.nip})` : (r.document.participantId ?? '-');
        io.out(`  kind / jenis:            ${r.document.kind}`);
        io.out(`  number / nomor:          ${r.document.documentNumber}`);
        io.out(`  document id / ID:        ${r.document.documentId}`);
        io.out(`  batch / angkatan:        ${r.batchName ?? r.document.batchId}`);
        if (r.document.participantId) io.out(`  participant / peserta:   ${who}`);
        io.out(`  printed SHA-256:         ${r.document.printedHash}`);
        io.out(`  SHA-256 here / di sini:  ${r.localHash ?? '-'}`);
      }
      return r.verdict === 'match' ? 0 : 1;
    } finally {
      db.close();
    }
  },
};
