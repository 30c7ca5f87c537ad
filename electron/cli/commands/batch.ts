import { parseArgs } from 'node:util';
import { openAppDatabase, resolveDbFile } from '../../db/app-db';
import { listBatchRows } from '../../repositories/batch';
import { batchProgress } from '../../services/integration-status';
import type { Command } from '.';

const listCommand: Command = {
  words: ['batch', 'list'],
  usage: 'batch list',
  summary: 'One line per batch: id, name, purpose, status (tab-separated).',
  run: ({ dbOption, io }) => {
    const { db } = openAppDatabase(resolveDbFile(dbOption));
    try {
      for (const b of listBatchRows(db)) io.out([b.id, b.name, b.purpose, b.status].join('\t'));
      return 0;
    } finally {
      db.close();
    }
  },
};

const statusCommand: Command = {
  words: ['batch', 'status'],
  usage: 'batch status --batch ID',
  summary: 'Per participant: NIP, name, ratings submitted/missing/flagged, integration locked.',
  run: ({ argv, dbOption, io }) => {
    const { values } = parseArgs({ args: argv, options: { batch: { type: 'string' } } });
    if (!values.batch) {
      io.err('--batch ID is required / --batch ID wajib diisi (see: asesa batch list)');
      return 2;
    }
    const { db } = openAppDatabase(resolveDbFile(dbOption));
    try {
      const rows = batchProgress(db, values.batch);
      // "flagged" = ratings marked rated without evidence.
      io.out(['NIP', 'name', 'submitted', 'missing', 'flagged', 'integration'].join('\t'));
      for (const r of rows)
        io.out([r.nip, r.name, r.submitted, r.missing, r.flagged, r.locked ? 'locked' : 'open'].join('\t'));
      return 0;
    } finally {
      db.close();
    }
  },
};

export const batchCommands: Command[] = [listCommand, statusCommand];
