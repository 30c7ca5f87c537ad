import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Envelope } from '../../shared/contract';
import type { NoteView } from '../../shared/schemas/scoring';
import { ASSESSOR, note, work } from './assessor-room-fakes';
import { fakeMain, renderApp, resetApp, status } from './harness';

beforeEach(async () => {
  await resetApp();
  window.location.hash = '#/assessor-room/asg-1';
});

const FIRST = note();
const SECOND = note({
  id: '0193a3b0-0000-7000-8000-000000000002',
  observedAt: '2026-12-01T01:20:00.000Z',
  text: 'Mengajak rekan kerja menyusun jadwal piket bersama',
  competency: 'KS',
  indicator: null,
  indicatorLevel: null,
  polarity: 'positive',
});

/** A main side that really tombstones and restores: notes.restore answers what notes.delete removed. */
function world(restoreReply?: (id: string) => Envelope<NoteView>) {
  const live = new Map([FIRST, SECOND].map((n) => [n.id, n]));
  const gone = new Map<string, NoteView>();
  const calls = fakeMain({
    'app.status': () => ({ ok: true, value: status({ user: ASSESSOR }) }),
    'workspace.get': () => ({ ok: true, value: work({ notes: [...live.values()] }) }),
    'guides.list': () => ({ ok: true, value: [] }),
    'notes.delete': (input) => {
      const { id } = input as { id: string };
      gone.set(id, live.get(id)!);
      live.delete(id);
      return { ok: true, value: { ok: true } };
    },
    'notes.restore': (input) => {
      const { id } = input as { id: string };
      if (restoreReply) return restoreReply(id);
      const back = { ...gone.get(id)!, revision: 3 };
      live.set(id, back);
      return { ok: true, value: back };
    },
  });
  return { calls, live };
}

describe('deleting an observation note offers "Urungkan" (undo)', () => {
  it('deletes at once, then restores the note in its place through notes.restore, by keyboard', async () => {
    const { calls, live } = world();
    const { user } = renderApp();
    await screen.findByTestId('workspace');
    await user.click(within(screen.getByTestId('note-1')).getByRole('button', { name: 'Hapus catatan #1' }));

    await waitFor(() => expect(screen.queryAllByTestId(/^note-\d$/)).toHaveLength(1));
    expect(calls.filter((c) => c.name === 'notes.delete').map((c) => c.input)).toEqual([{ id: FIRST.id }]);
    expect(live.has(FIRST.id)).toBe(false);
    const bar = screen.getByTestId('deleted-note');
    expect(bar).toHaveTextContent('Catatan dihapus: “Menolak hadiah dari rekanan dan melapor ke atasan”');
    // The card and its button are gone: focus waits on the undo, so Enter is enough.
    const undo = within(bar).getByRole('button', { name: /^Urungkan/ });
    await waitFor(() => expect(undo).toHaveFocus());
    await user.keyboard('{Enter}');

    await waitFor(() => expect(screen.queryByTestId('deleted-note')).not.toBeInTheDocument());
    expect(calls.filter((c) => c.name === 'notes.restore').map((c) => c.input)).toEqual([{ id: FIRST.id }]);
    // Back as note 1 (by its time), with its text and tags, and the cursor in it.
    const restored = screen.getByTestId('note-1');
    expect(restored).toHaveAttribute('data-note-id', FIRST.id);
    const text = within(restored).getByRole('textbox', { name: /Catatan 1/ });
    expect(text).toHaveValue(FIRST.text);
    await waitFor(() => expect(text).toHaveFocus());
    expect(within(restored).getByRole('button', { name: /Integritas/ })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByTestId('note-2')).toHaveAttribute('data-note-id', SECOND.id);
  });

  it('undoes the newest deletion first, and the notice can be dismissed', async () => {
    const { calls } = world();
    const { user } = renderApp();
    await screen.findByTestId('workspace');
    await user.click(screen.getByRole('button', { name: 'Hapus catatan #2' }));
    await waitFor(() => expect(screen.getByTestId('deleted-note')).toHaveTextContent('Mengajak rekan kerja'));
    await user.click(screen.getByRole('button', { name: 'Hapus catatan #1' }));
    await waitFor(() => expect(screen.getByTestId('deleted-note')).toHaveTextContent('Menolak hadiah'));
    expect(screen.queryAllByTestId(/^note-\d$/)).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: /^Urungkan/ }));
    await waitFor(() => expect(screen.getByTestId('deleted-note')).toHaveTextContent('Mengajak rekan kerja'));
    expect(calls.filter((c) => c.name === 'notes.restore').map((c) => c.input)).toEqual([{ id: FIRST.id }]);

    await user.click(screen.getByRole('button', { name: 'Tutup pemberitahuan penghapusan' }));
    expect(screen.queryByTestId('deleted-note')).not.toBeInTheDocument();
    expect(screen.queryAllByTestId(/^note-\d$/)).toHaveLength(1);
    expect(calls.filter((c) => c.name === 'notes.restore')).toHaveLength(1);
  });

  it('shows the main side’s refusal and keeps the undo on offer', async () => {
    world(() => ({
      ok: false,
      error: { code: 'BAD_INPUT', message: 'Masukan tidak dapat diproses: the batch is "closed"' },
    }));
    const { user } = renderApp();
    await screen.findByTestId('workspace');
    await user.click(screen.getByRole('button', { name: 'Hapus catatan #1' }));
    await user.click(await screen.findByRole('button', { name: /^Urungkan/ }));
    expect(await screen.findByRole('alert')).toHaveTextContent('the batch is "closed"');
    expect(screen.getByTestId('deleted-note')).toBeInTheDocument();
    expect(screen.queryAllByTestId(/^note-\d$/)).toHaveLength(1);
  });
});
