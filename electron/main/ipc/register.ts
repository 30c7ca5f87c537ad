import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { fail, type ChannelName, type Envelope } from '../../../shared/contract';
import type { Language } from '../../../shared/i18n/languages';
import { translate } from '../../../shared/i18n/translate';
import type { HandlerRegistry } from '../../handlers/registry';
import type { SessionStore } from '../../services/session';
import { isTrustedSender } from '../security';

export interface IpcOptions {
  /** Language of refusal messages (the device setting). */
  language: () => Language;
  /** Called after every successful call, e.g. to rebuild the menu when the language changed. */
  onSuccess?: (name: ChannelName, value: unknown) => void;
  log?: (message: string, e?: unknown) => void;
}

/** The session key of one window; each webContents has its own login. */
export function sessionKey(contentsId: number): string {
  return `wc:${contentsId}`;
}

/**
 * IPC adapter over the handler table: one `ipcMain.handle` per channel the registry knows.
 * Every reply is an envelope; nothing a renderer sends can throw in main. The sender is checked
 * first (our own top frame only), and a window's session is dropped when its webContents dies.
 */
export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle'>,
  registry: Pick<HandlerRegistry, 'names' | 'dispatch'>,
  sessions: SessionStore,
  options: IpcOptions,
): ChannelName[] {
  const log = options.log ?? ((message: string, e?: unknown) => console.error(message, e ?? ''));
  const watched = new Set<number>();

  function sessionFor(event: IpcMainInvokeEvent) {
    const id = event.sender.id;
    if (!watched.has(id)) {
      watched.add(id);
      event.sender.once('destroyed', () => {
        watched.delete(id);
        sessions.drop(sessionKey(id));
      });
    }
    return sessions.get(sessionKey(id));
  }

  function notify(name: ChannelName, value: unknown): void {
    try {
      options.onSuccess?.(name, value);
    } catch (e) {
      // The call itself succeeded; a failing side effect (menu rebuild) must not hide that.
      log(`after IPC "${name}"`, e);
    }
  }

  const names = [...registry.names];
  for (const name of names) {
    ipcMain.handle(name, async (event: IpcMainInvokeEvent, input: unknown): Promise<Envelope<unknown>> => {
      try {
        if (!isTrustedSender(event)) {
          log(`refused IPC "${name}" from ${event.senderFrame?.url ?? 'a destroyed frame'}`);
          return fail('FORBIDDEN', translate(options.language(), 'errors.FORBIDDEN'));
        }
        const envelope = await registry.dispatch(name, input, sessionFor(event));
        if (envelope.ok) notify(name, envelope.value);
        return envelope;
      } catch (e) {
        // dispatch never throws by design; this guards the adapter itself.
        log(`IPC "${name}" failed`, e);
        return fail('INTERNAL', translate(options.language(), 'errors.INTERNAL'));
      }
    });
  }
  return names;
}
