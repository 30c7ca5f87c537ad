import { translate } from '../../../shared/i18n/translate';
import { openAppDatabase, resolveDbFile } from '../../db/app-db';
import type { ServiceContext } from '../../services/context';
import { createDemo } from '../../services/demo';
import { DEMO_ADMIN, DEMO_OFFICE } from '../../services/demo-data';
import type { Command } from '.';

/** `asesa demo`: one complete sample batch; the new batch's id is the LAST line printed. */
export const demoCommand: Command = {
  words: ['demo'],
  usage: 'demo',
  summary: 'Create a complete sample batch (24 participants); prints its id last.',
  run: async ({ dbOption, io }) => {
    const { db } = openAppDatabase(resolveDbFile(dbOption));
    const ctx: ServiceContext = { db, session: { user: null, lastActivity: Date.now() } };
    try {
      const r = await createDemo(ctx);
      if (r.createdOffice) io.out(`${translate('id', 'results.demo.createdOffice', { name: DEMO_OFFICE.name })} | ${translate('en', 'results.demo.createdOffice', { name: DEMO_OFFICE.name })}`);
      if (r.createdAdmin) {
        const p = { username: DEMO_ADMIN.username, password: DEMO_ADMIN.password };
        io.out(`${translate('id', 'results.demo.createdAdmin', p)} | ${translate('en', 'results.demo.createdAdmin', p)}`);
      }
      io.out(`${r.batchName}: ${r.participants} peserta/participants, ${r.assessors} asesor/assessors`);
      io.out(r.batchId);
      return 0;
    } finally {
      db.close();
    }
  },
};
