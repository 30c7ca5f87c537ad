import type { IncomingTable } from './check-rows';
import type { Classification } from './classify';
import type { VerifiedPackage } from './read';

/**
 * Opened packages waiting for "apply", kept on the main side so the renderer only holds an id
 * (the rows never make a second trip). Few and short-lived: a preview is for one decision.
 */
export interface OpenedPackage {
  pkg: VerifiedPackage;
  incoming: IncomingTable[];
  plan: Classification;
  /** The database's change stamp when the plan was made (see dbStamp). */
  stamp: string;
  expires: number;
}

const TTL_MS = 60 * 60 * 1000;
const MAX_OPEN = 4;
const open = new Map<string, OpenedPackage>();

export function keepPreview(id: string, entry: Omit<OpenedPackage, 'expires'>, now = Date.now()): void {
  for (const [k, v] of open) if (v.expires < now) open.delete(k);
  while (open.size >= MAX_OPEN) open.delete(open.keys().next().value as string);
  open.set(id, { ...entry, expires: now + TTL_MS });
}

export function takePreview(id: string, now = Date.now()): OpenedPackage | undefined {
  const entry = open.get(id);
  return entry && entry.expires >= now ? entry : undefined;
}

export function dropPreview(id: string): void {
  open.delete(id);
}
