import {
  isChannelName,
  type ChannelInput,
  type ChannelName,
  type ChannelOutput,
  type Envelope,
  type EnvelopeError,
} from '../../shared/contract';
import { i18n } from './i18n';

/** Moves one call to the main side; must resolve to an envelope, never reject. */
export type Transport = (name: ChannelName, input: unknown) => Promise<Envelope<unknown>>;

function transportError(reasonKey: string, params: Record<string, string | number> = {}): Envelope<never> {
  const reason = i18n.t(`shell.transport.${reasonKey}`, params);
  return { ok: false, error: { code: 'TRANSPORT', message: i18n.t('errors.TRANSPORT', { reason }) } };
}

function unknownChannel(name: string): Envelope<never> {
  return {
    ok: false,
    error: { code: 'UNKNOWN_CHANNEL', message: i18n.t('errors.UNKNOWN_CHANNEL', { channel: name }) },
  };
}

function isEnvelope(value: unknown): value is Envelope<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { ok?: unknown; error?: { code?: unknown; message?: unknown } };
  if (v.ok === true) return 'value' in v;
  return v.ok === false && typeof v.error?.code === 'string' && typeof v.error.message === 'string';
}

/** Electron: the preload's named functions. A channel it does not expose is an unknown channel. */
export function electronTransport(api: Record<string, unknown>): Transport {
  return async (name, input) => {
    const fn = api[name];
    if (typeof fn !== 'function') return unknownChannel(name);
    try {
      const reply: unknown = await (fn as (i: unknown) => Promise<unknown>)(input);
      return isEnvelope(reply) ? reply : transportError('notJson');
    } catch {
      return transportError('network');
    }
  };
}

const STATUS_REASONS: Record<number, string> = { 401: 'status401', 403: 'status403', 413: 'status413' };

/**
 * Browser mode: POST api/<channel> on the loopback bridge. The URL is relative so the page works
 * wherever the bridge serves it; the bridge's HttpOnly cookies carry the token and the session.
 */
export function httpTransport(fetchFn: typeof fetch = (...args) => fetch(...args)): Transport {
  return async (name, input) => {
    let response: Response;
    try {
      response = await fetchFn(`api/${encodeURIComponent(name)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(input ?? {}),
        credentials: 'same-origin',
      });
    } catch {
      return transportError('network');
    }
    if (!response.ok) {
      const key = STATUS_REASONS[response.status];
      return key ? transportError(key) : transportError('statusOther', { status: response.status });
    }
    try {
      const body: unknown = await response.json();
      return isEnvelope(body) ? body : transportError('notJson');
    } catch {
      return transportError('notJson');
    }
  };
}

/** The preload's API when running in Electron, else the HTTP bridge. */
export function pickTransport(win: { asesa?: unknown } = window): Transport {
  const api = win.asesa;
  return typeof api === 'object' && api !== null ? electronTransport(api as Record<string, unknown>) : httpTransport();
}

let transport: Transport | null = null;
let lockedListener: (() => void) | null = null;

/** The store listens here: any call refused with SESSION_LOCKED brings up the lock screen. */
export function onSessionLocked(listener: (() => void) | null): void {
  lockedListener = listener;
}

/** Tests swap the transport; the app picks it once on first use. */
export function setTransport(next: Transport | null): void {
  transport = next;
}

/** Calls a channel of the contract. Never throws: every failure is an error envelope. */
export async function call<K extends ChannelName>(
  name: K,
  input: ChannelInput<K>,
): Promise<Envelope<ChannelOutput<K>>> {
  if (!isChannelName(name)) return unknownChannel(String(name));
  transport ??= pickTransport();
  try {
    const reply = (await transport(name, input)) as Envelope<ChannelOutput<K>>;
    if (!reply.ok && reply.error.code === 'SESSION_LOCKED') lockedListener?.();
    return reply;
  } catch {
    return transportError('network');
  }
}

/** One readable text for an error: the main side's localised message plus "path: message" lines. */
export function errorLines(error: EnvelopeError): string[] {
  return [error.message, ...(error.details ?? []).map((d) => `${d.path}: ${d.message}`)];
}
