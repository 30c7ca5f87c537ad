import type { Role } from '../../shared/domain/roles';

/**
 * Who is logged in, as the main side knows it. The renderer never sends a user id; each
 * window (IPC) or browser context (bridge cookie) has its own session, keyed by the transport.
 */
export interface Session {
  user: { id: string; role: Role } | null;
  lastActivity: number;
  /** Set after the idle time passes; only unlocking (or logging out) clears it. */
  locked?: boolean;
}

export class SessionStore {
  private readonly sessions = new Map<string, Session>();

  get(key: string): Session {
    let session = this.sessions.get(key);
    if (!session) {
      session = { user: null, lastActivity: Date.now() };
      this.sessions.set(key, session);
    }
    return session;
  }

  drop(key: string): void {
    this.sessions.delete(key);
  }
}
