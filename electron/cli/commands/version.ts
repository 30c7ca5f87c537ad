import { APP_VERSION } from '../../version';
import { MIGRATIONS } from '../../db/migrations';
import type { Command } from '.';

export const versionCommand: Command = {
  words: ['version'],
  usage: 'version',
  summary: 'Print the app version and the schema version it writes.',
  run: ({ io }) => {
    io.out(`asesa ${APP_VERSION} (schema ${MIGRATIONS.length})`);
    return 0;
  },
};
