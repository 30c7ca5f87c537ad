import type { Db } from '../db/connection';
import { authHandlers } from './auth';
import { batchHandlers } from './batches';
import { dictionaryHandlers } from './dictionary';
import { participantHandlers } from './participants';
import { HandlerRegistry } from './registry';
import { systemHandlers } from './system';

/** Builds the complete handler table; both the IPC adapter and the HTTP bridge use this. */
export function buildRegistry(db: Db, log?: (e: unknown) => void): HandlerRegistry {
  const registry = new HandlerRegistry(db, log);
  registry.registerAll(systemHandlers);
  registry.registerAll(authHandlers);
  registry.registerAll(dictionaryHandlers);
  registry.registerAll(batchHandlers);
  registry.registerAll(participantHandlers);
  registry.assertComplete();
  return registry;
}
