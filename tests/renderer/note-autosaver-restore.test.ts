import { describe, expect, it } from 'vitest';
import type { ChannelInput, Envelope } from '../../shared/contract';
import type { NoteView } from '../../shared/schemas/scoring';
import { blankNote, fromView, NoteAutosaver } from '../../renderer/features/assessor-room/note-autosaver';
import { note, savedNote } from './assessor-room-fakes';

const EARLY = note({ id: 'n-early', observedAt: '2026-12-01T01:00:00.000Z', text: 'pertama' });
const LATE = note({ id: 'n-late', observedAt: '2026-12-01T02:00:00.000Z', text: 'ketiga' });
const MIDDLE = note({ id: 'n-middle', observedAt: '2026-12-01T01:30:00.000Z', text: 'kedua' });

function engine(restore: (id: string) => Envelope<NoteView>) {
  const saves: ChannelInput<'notes.save'>[] = [];
  const e = new NoteAutosaver('asg-1', [EARLY, MIDDLE, LATE].map(fromView), {
    save: async (input) => (saves.push(input), savedNote(input)),
    remove: async () => ({ ok: true, value: { ok: true } }),
    restore: async (id) => restore(id),
  }, { debounceMs: 0 });
  return { e, saves };
}

const settle = () => new Promise((r) => setTimeout(r, 5));

describe('NoteAutosaver.restore', () => {
  it('puts the restored note back in time order', async () => {
    const { e } = engine(() => ({ ok: true, value: MIDDLE }));
    const draft = e.getSnapshot()[1]!;
    await e.remove(draft.id);
    expect(e.getSnapshot().map((n) => n.id)).toEqual(['n-early', 'n-late']);
    expect(await e.restore(draft)).toBeNull();
    expect(e.getSnapshot().map((n) => n.id)).toEqual(['n-early', 'n-middle', 'n-late']);
    expect(e.getSnapshot()[1]).toMatchObject({ text: 'kedua', save: 'saved' });
  });

  it('brings back and saves a draft the main side never knew (deleted before its first save)', async () => {
    const { e, saves } = engine(() => ({ ok: false, error: { code: 'NOT_FOUND', message: 'tidak ditemukan' } }));
    const draft = { ...blankNote('n-new'), text: 'belum sempat tersimpan' };
    expect(await e.restore(draft)).toBeNull();
    expect(e.getSnapshot().find((n) => n.id === 'n-new')).toMatchObject({ text: 'belum sempat tersimpan' });
    await settle();
    expect(saves.map((s) => [s.id, s.text])).toEqual([['n-new', 'belum sempat tersimpan']]);
  });

  it('returns any other refusal and leaves the list as it was', async () => {
    const { e } = engine(() => ({ ok: false, error: { code: 'FORBIDDEN', message: 'ditolak' } }));
    const draft = e.getSnapshot()[0]!;
    await e.remove(draft.id);
    expect((await e.restore(draft))?.code).toBe('FORBIDDEN');
    expect(e.getSnapshot().map((n) => n.id)).toEqual(['n-middle', 'n-late']);
  });
});
