import type { Db } from '../db/connection';
import type { Session } from './session';
import { getSetting, setSetting } from './settings';

/**
 * Automatic screen lock (issue 8): after `security.idleMinutes` without activity the main side
 * locks the session. A locked session may only ask for status, unlock, change language or log
 * out — the renderer cannot skip the lock by hiding its own lock screen.
 */
export const IDLE_KEY = 'security.idleMinutes';
export const DEFAULT_IDLE_MINUTES = 15;
export const CHANNELS_WHILE_LOCKED = new Set(['app.status', 'app.setLanguage', 'auth.unlock', 'auth.logout']);
/** Calls that do not count as the user being active (status polling). */
export const PASSIVE_CHANNELS = new Set(['app.status']);

export function idleMinutes(db: Db): number {
  return getSetting<number>(db, IDLE_KEY, DEFAULT_IDLE_MINUTES);
}

export function setIdleMinutes(db: Db, minutes: number): void {
  setSetting(db, IDLE_KEY, minutes);
}

/** Locks the session when it has been idle too long; returns whether it is locked now. */
export function applyIdleLock(session: Session, db: Db, now = Date.now()): boolean {
  if (!session.user) return false;
  if (!session.locked) {
    const minutes = idleMinutes(db);
    if (minutes > 0 && now - session.lastActivity > minutes * 60_000) session.locked = true;
  }
  return session.locked === true;
}
