import { v7 as uuidv7 } from 'uuid';

/** Time-ordered UUIDs, so records made in different offices never collide and sort by creation. */
export const newId = (): string => uuidv7();

export const nowIso = (): string => new Date().toISOString();
