import { create } from 'zustand';
import type { ChannelOutput, EnvelopeError } from '../../shared/contract';
import type { Language } from '../../shared/i18n/languages';
import type { SessionUser } from '../../shared/schemas/user';
import { call, onSessionLocked } from './api';
import { i18n } from './i18n';

type Status = ChannelOutput<'app.status'>;

export interface AppState {
  /** 'loading' until app.status answered; 'failed' keeps the error so the screen can say why. */
  phase: 'loading' | 'ready' | 'failed';
  status: Status | null;
  loadError: EnvelopeError | null;
  language: Language;
  /**
   * Background jobs a screen started and has not yet seen end, by screen ('package',
   * 'pdf:<batch id>'): leaving the screen does not lose them; coming back follows them again.
   * Forgotten at sign-out, so the next user never receives them.
   */
  pendingJobs: Record<string, string>;
  load(): Promise<void>;
  signedIn(user: SessionUser): Promise<void>;
  logout(): Promise<void>;
  /** Switches the visible language at once and asks the main side to remember it. */
  setLanguage(language: Language): Promise<EnvelopeError | null>;
  /** The main side locked the session (idle time passed): show the lock screen over the work. */
  markLocked(): void;
  unlock(password: string): Promise<EnvelopeError | null>;
}

/**
 * The small app-wide state: what app.status said (office, user, setup needed) and the language.
 * The user comes only from the main side; the renderer never asserts who it is.
 */
export const useAppStore = create<AppState>()((set, get) => ({
  phase: 'loading',
  status: null,
  loadError: null,
  language: 'id',
  pendingJobs: {},
  async load() {
    const reply = await call('app.status', {});
    if (!reply.ok) {
      set({ phase: 'failed', loadError: reply.error });
      return;
    }
    await i18n.changeLanguage(reply.value.language);
    set({ phase: 'ready', status: reply.value, language: reply.value.language, loadError: null });
  },
  async signedIn() {
    // Ask again rather than trusting what the form got back: office and user as the main side sees them.
    await get().load();
  },
  async logout() {
    set({ pendingJobs: {} });
    await call('auth.logout', {});
    await get().load();
  },
  markLocked() {
    const status = get().status;
    if (status?.user && !status.locked) set({ status: { ...status, locked: true } });
  },
  async unlock(password) {
    const reply = await call('auth.unlock', { password });
    if (!reply.ok) return reply.error;
    await get().load();
    return null;
  },
  async setLanguage(language) {
    await i18n.changeLanguage(language);
    set({ language });
    const reply = await call('app.setLanguage', { language });
    return reply.ok ? null : reply.error;
  },
}));

onSessionLocked(() => useAppStore.getState().markLocked());
