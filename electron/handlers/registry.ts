import { ZodError } from 'zod';
import {
  contract,
  fail,
  isChannelName,
  ok,
  type Access,
  type ChannelName,
  type ChannelOutput,
  type Envelope,
  type ErrorDetail,
  type ParsedInput,
} from '../../shared/contract';
import { DEFAULT_LANGUAGE, type Language } from '../../shared/i18n/languages';
import { translate } from '../../shared/i18n/translate';
import type { Db } from '../db/connection';
import type { ServiceContext } from '../services/context';
import { AppError } from '../services/errors';
import { applyIdleLock, CHANNELS_WHILE_LOCKED, PASSIVE_CHANNELS } from '../services/idle-lock';
import type { Session } from '../services/session';
import { getLanguage } from '../services/settings';
import { zodDetails } from './zod-details';

export type Handler<K extends ChannelName> = (
  input: ParsedInput<K>,
  ctx: ServiceContext,
) => ChannelOutput<K> | Promise<ChannelOutput<K>>;

export type HandlerMap<K extends ChannelName> = { [P in K]: Handler<P> };

function allowed(access: Access, session: Session): boolean {
  if (access === 'public') return true;
  if (!session.user) return false;
  if (access === 'user') return true;
  return access.includes(session.user.role);
}

/**
 * The one table of handlers behind both transports (IPC and the HTTP bridge). `dispatch`
 * never throws: unknown channels, invalid payloads, refused access and failures all come
 * back as error envelopes, with a message in the device language.
 */
export class HandlerRegistry {
  private readonly handlers = new Map<ChannelName, Handler<ChannelName>>();

  constructor(private readonly db: Db, private readonly log: (e: unknown) => void = console.error) {}

  register<K extends ChannelName>(name: K, handler: Handler<K>): void {
    if (!isChannelName(name)) throw new Error(`channel "${name}" is not in the contract`);
    if (this.handlers.has(name)) throw new Error(`channel "${name}" is registered twice`);
    this.handlers.set(name, handler as unknown as Handler<ChannelName>);
  }

  registerAll<K extends ChannelName>(map: HandlerMap<K>): void {
    for (const name of Object.keys(map) as K[]) this.register(name, map[name]);
  }

  /** Throws at start-up if a contract channel has no handler, so a gap never reaches a user. */
  assertComplete(): void {
    const missing = (Object.keys(contract) as ChannelName[]).filter((n) => !this.handlers.has(n));
    if (missing.length > 0) throw new Error(`channels without handler: ${missing.join(', ')}`);
  }

  get names(): ChannelName[] {
    return [...this.handlers.keys()];
  }

  private error(code: AppError['code'], params: Record<string, string | number> = {}, details?: ErrorDetail[]) {
    return fail(code, translate(this.language(), `errors.${code}`, params), details);
  }

  /** The device language; the default when the database cannot be read, so dispatch still never throws. */
  private language(): Language {
    try {
      return getLanguage(this.db);
    } catch {
      return DEFAULT_LANGUAGE;
    }
  }

  async dispatch(name: string, rawInput: unknown, session: Session): Promise<Envelope<unknown>> {
    try {
      if (!isChannelName(name)) return this.error('UNKNOWN_CHANNEL', { channel: name.slice(0, 80) });
      const handler = this.handlers.get(name);
      if (!handler) return this.error('UNKNOWN_CHANNEL', { channel: name });
      const def = contract[name];
      if (!allowed(def.access, session)) return this.error(session.user ? 'FORBIDDEN' : 'UNAUTHENTICATED');
      if (applyIdleLock(session, this.db) && !CHANNELS_WHILE_LOCKED.has(name)) return this.error('SESSION_LOCKED');
      // reportInput: so the refusal can say what was received; the input itself is not sent back.
      const parsed = def.input.safeParse(rawInput ?? {}, { reportInput: true });
      if (!parsed.success) return this.error('VALIDATION', {}, zodDetails(parsed.error));
      if (!PASSIVE_CHANNELS.has(name)) session.lastActivity = Date.now();
      const value = await handler(parsed.data as never, { db: this.db, session });
      return ok(value);
    } catch (e) {
      if (e instanceof AppError) return this.error(e.code, e.params, e.details);
      if (e instanceof ZodError) return this.error('VALIDATION', {}, zodDetails(e));
      this.log(e);
      return this.error('INTERNAL');
    }
  }
}
