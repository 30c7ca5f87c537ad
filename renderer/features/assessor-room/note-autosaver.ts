import type { ChannelInput, Envelope, EnvelopeError } from '../../../shared/contract';
import type { NoteView } from '../../../shared/schemas/scoring';

export type Polarity = 'positive' | 'negative';
export type SaveState = 'saved' | 'unsaved' | 'saving' | 'failed';

export interface NoteDraft {
  /** Made here (crypto.randomUUID) when the note is started: every save of it is the same upsert. */
  id: string;
  text: string;
  competency: string | null;
  indicator: string | null;
  polarity: Polarity | null;
  /** When the note was started (the main side's time once saved). */
  observedAt: string;
  save: SaveState;
}

export type NotePatch = Partial<Pick<NoteDraft, 'text' | 'competency' | 'indicator' | 'polarity'>>;

export interface AutosaveOptions {
  /** Quiet time after the last change before a save: "within a second of typing pausing". */
  debounceMs?: number;
  /** First wait before retrying a failed save; doubles up to maxRetryMs. */
  retryMs?: number;
  maxRetryMs?: number;
}

export interface AutosaveTransport {
  save(input: ChannelInput<'notes.save'>): Promise<Envelope<NoteView>>;
  remove(id: string): Promise<Envelope<{ ok: true }>>;
  restore(id: string): Promise<Envelope<NoteView>>;
}

export const fromView = (n: NoteView): NoteDraft => ({
  id: n.id,
  text: n.text,
  competency: n.competency,
  indicator: n.indicator,
  polarity: n.polarity,
  observedAt: n.observedAt,
  save: 'saved',
});

export function blankNote(id: string): NoteDraft {
  return { id, text: '', competency: null, indicator: null, polarity: null, observedAt: new Date().toISOString(), save: 'unsaved' };
}

const sameContent = (a: NotePatch, b: NotePatch) =>
  a.text === b.text && a.competency === b.competency && a.indicator === b.indicator && a.polarity === b.polarity;

/**
 * The notes of one assignment with autosave, outside React so its timers and in-flight saves
 * follow one clear order. Every change waits for typing to pause, then the whole note is sent
 * (an idempotent upsert by its id). One save per note is in flight at a time; a change made
 * meanwhile is sent after it. A failed save keeps the text, says so and retries with a growing
 * pause, so nothing typed is lost while the main side is unreachable.
 */
export class NoteAutosaver {
  private notes: NoteDraft[];
  private readonly listeners = new Set<() => void>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly inFlight = new Set<string>();
  private readonly failures = new Map<string, number>();
  private disposed = false;
  private readonly debounceMs: number;
  private readonly retryMs: number;
  private readonly maxRetryMs: number;

  constructor(
    private readonly assignmentId: string,
    initial: readonly NoteDraft[],
    private readonly transport: AutosaveTransport,
    opts: AutosaveOptions = {},
  ) {
    this.notes = [...initial];
    this.debounceMs = opts.debounceMs ?? 500;
    this.retryMs = opts.retryMs ?? 2_000;
    this.maxRetryMs = opts.maxRetryMs ?? 30_000;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): NoteDraft[] => this.notes;

  add(id: string = crypto.randomUUID()): string {
    this.commit([...this.notes, blankNote(id)]);
    return id;
  }

  update(id: string, patch: NotePatch): void {
    this.commit(this.notes.map((n) => (n.id === id ? { ...n, ...patch, save: 'unsaved' } : n)));
    this.failures.delete(id);
    this.schedule(id, this.debounceMs);
  }

  async remove(id: string): Promise<EnvelopeError | null> {
    this.clearTimer(id);
    const note = this.notes.find((n) => n.id === id);
    if (!note) return null;
    // Never saved: nothing on the main side to delete.
    if (note.save !== 'saved' && note.text.length === 0) {
      this.commit(this.notes.filter((n) => n.id !== id));
      return null;
    }
    const reply = await this.transport.remove(id);
    if (reply.ok || reply.error.code === 'NOT_FOUND') this.commit(this.notes.filter((n) => n.id !== id));
    return reply.ok ? null : reply.error;
  }

  /**
   * Undoes a deletion. The main side lifts the tombstone and the note returns in its place (by
   * time). A note deleted before any save reached the main side is unknown there: the local
   * draft comes back and is saved as if just typed, so the undo still keeps every word.
   */
  async restore(draft: NoteDraft): Promise<EnvelopeError | null> {
    if (this.notes.some((n) => n.id === draft.id)) return null;
    const reply = await this.transport.restore(draft.id);
    if (reply.ok) {
      this.insert(fromView(reply.value));
      return null;
    }
    if (reply.error.code !== 'NOT_FOUND') return reply.error;
    this.insert({ ...draft, save: 'unsaved' });
    this.schedule(draft.id, 0);
    return null;
  }

  /** (Re)attached to a screen: retries allowed. */
  resume(): void {
    this.disposed = false;
  }

  /** Leaving the screen: send what is still waiting rather than drop it; no retries after this. */
  dispose(): void {
    this.disposed = true;
    for (const id of [...this.timers.keys()]) {
      this.clearTimer(id);
      void this.flush(id);
    }
  }

  private insert(note: NoteDraft): void {
    const at = this.notes.findIndex((n) => n.observedAt > note.observedAt);
    this.commit(at < 0 ? [...this.notes, note] : [...this.notes.slice(0, at), note, ...this.notes.slice(at)]);
  }

  private commit(next: NoteDraft[]): void {
    this.notes = next;
    for (const l of this.listeners) l();
  }

  private setSave(id: string, save: SaveState, observedAt?: string): void {
    this.commit(this.notes.map((n) => (n.id === id ? { ...n, save, observedAt: observedAt ?? n.observedAt } : n)));
  }

  private clearTimer(id: string): void {
    const timer = this.timers.get(id);
    if (timer) clearTimeout(timer);
    this.timers.delete(id);
  }

  private schedule(id: string, ms: number): void {
    this.clearTimer(id);
    this.timers.set(
      id,
      setTimeout(() => {
        this.timers.delete(id);
        void this.flush(id);
      }, ms),
    );
  }

  private async flush(id: string): Promise<void> {
    const note = this.notes.find((n) => n.id === id);
    // A save in flight sends this change when it returns (it compares what it sent).
    if (!note || this.inFlight.has(id)) return;
    // The contract refuses an empty text; an empty note stays local until something is typed.
    if (note.text.length === 0) return this.setSave(id, 'unsaved');
    const sent: NotePatch = { text: note.text, competency: note.competency, indicator: note.indicator, polarity: note.polarity };
    this.inFlight.add(id);
    this.setSave(id, 'saving');
    const reply = await this.transport.save({
      id,
      assignmentId: this.assignmentId,
      text: note.text,
      competency: note.competency,
      indicator: note.indicator,
      polarity: note.polarity,
    });
    this.inFlight.delete(id);
    const now = this.notes.find((n) => n.id === id);
    if (!now) return;
    if (!reply.ok) {
      const attempt = (this.failures.get(id) ?? 0) + 1;
      this.failures.set(id, attempt);
      this.setSave(id, 'failed');
      if (!this.disposed) this.schedule(id, Math.min(this.maxRetryMs, this.retryMs * 2 ** (attempt - 1)));
      return;
    }
    this.failures.delete(id);
    if (sameContent(sent, now)) return this.setSave(id, 'saved', reply.value.observedAt);
    // Changed while saving: keep it marked unsaved; its own debounce (or this) sends it.
    this.setSave(id, 'unsaved', reply.value.observedAt);
    if (!this.timers.has(id)) void this.flush(id);
  }
}
