import type { Db } from '../db/connection';
import { authHandlers } from './auth';
import { batchHandlers } from './batches';
import { securityHandlers } from './security';
import { privacyHandlers } from './privacy';
import { backupHandlers } from './backups';
import { dictionaryHandlers } from './dictionary';
import { exchangeHandlers } from './exchange';
import { participantHandlers } from './participants';
import { HandlerRegistry } from './registry';
import { scoringHandlers } from './scoring';
import { resultHandlers } from './results';
import { documentHandlers } from './documents';
import { systemHandlers } from './system';

/** Builds the complete handler table; both the IPC adapter and the HTTP bridge use this. */
export function buildRegistry(db: Db, log?: (e: unknown) => void): HandlerRegistry {
  const registry = new HandlerRegistry(db, log);
  registry.registerAll(systemHandlers);
  registry.registerAll(authHandlers);
  registry.registerAll(dictionaryHandlers);
  registry.registerAll(batchHandlers);
  registry.registerAll(securityHandlers);
  registry.registerAll(privacyHandlers);
  registry.registerAll(backupHandlers);
  registry.registerAll(participantHandlers);
  registry.registerAll(scoringHandlers);
  registry.registerAll(exchangeHandlers);
  registry.registerAll(resultHandlers);
  registry.registerAll(documentHandlers);
  registry.assertComplete();
  return registry;
}
