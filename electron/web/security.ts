import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

// Cookies are per host, not per port: another local program's badly encoded cookie on
// 127.0.0.1 must not turn every request into a server error.
function decodeOrRaw(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** Parses a Cookie header into a map; tolerant of spacing, ignores malformed pairs. */
export function parseCookies(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0) out[part.slice(0, eq).trim()] = decodeOrRaw(part.slice(eq + 1).trim());
  }
  return out;
}

export function sameSecret(given: string | undefined, secret: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Only our own loopback address may be named: blocks DNS-rebinding pages that reach 127.0.0.1. */
export function hostAllowed(req: IncomingMessage, port: number): boolean {
  const host = req.headers.host;
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

/** Browsers send Origin on cross-site requests; anything but our own origin is refused. */
export function originAllowed(req: IncomingMessage, port: number): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  return origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
}

/**
 * The bridge's cookie names carry its port: a browser keeps cookies per host, not per port, so
 * two Asesa instances open in one browser would otherwise overwrite each other's token and
 * session, and the first tab would fall back to "token required".
 */
export function cookieNames(port: number): { token: string; session: string } {
  return { token: `asesa_token_${port}`, session: `asesa_sid_${port}` };
}

export function tokenFrom(req: IncomingMessage, url: URL, port: number): string | undefined {
  const auth = req.headers.authorization;
  if (auth?.startsWith('Bearer ')) return auth.slice('Bearer '.length);
  return url.searchParams.get('token') ?? parseCookies(req.headers.cookie)[cookieNames(port).token];
}
