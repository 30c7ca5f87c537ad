import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Envelope } from '../../shared/contract';
import type { NoteView } from '../../shared/schemas/scoring';
import { ASSESSOR, GUIDE, savedNote, work } from './assessor-room-fakes';
import { fakeMain, renderApp, resetApp, status } from './harness';

type Saved = { id: string; assignmentId: string; text: string; competency: string | null; indicator: string | null; polarity: string | null };

beforeEach(async () => {
  await resetApp();
  window.location.hash = '#/assessor-room/asg-1';
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

function world(saveReply: (input: unknown, n: number) => Envelope<NoteView> = (i) => savedNote(i)) {
  let n = 0;
  const calls = fakeMain({
    'app.status': () => ({ ok: true, value: status({ user: ASSESSOR }) }),
    'workspace.get': () => ({ ok: true, value: work() }),
    'guides.list': () => ({ ok: true, value: [GUIDE] }),
    'notes.save': (input) => saveReply(input, ++n),
  });
  const saves = () => calls.filter((c) => c.name === 'notes.save').map((c) => c.input as Saved);
  return { calls, saves };
}

/**
 * Once the screen is up, setTimeout is faked (the debounce and the retry). Testing Library
 * advances fake timers only when it sees `jest`, so it is shown vitest's clock under that name.
 */
function fakeTimers() {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  vi.stubGlobal('jest', { advanceTimersByTime: (ms: number) => vi.advanceTimersByTime(ms) });
  return userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
}

async function pause(ms: number) {
  await act(async () => {
    vi.advanceTimersByTime(ms);
  });
  // Let the awaited transport reply settle.
  await act(async () => {
    await Promise.resolve();
  });
}

describe('note tagger', () => {
  it('autosaves once after typing pauses, with the same client-made id on every save, and tags by mouse', async () => {
    const { saves } = world();
    renderApp();
    await screen.findByTestId('workspace');
    const user = fakeTimers();
    expect(screen.getByTestId('guide-main-question')).toHaveTextContent('godaan melanggar aturan');
    expect(screen.getByTestId('shortcut-legend')).toHaveTextContent('Ctrl');

    await user.click(screen.getByRole('button', { name: /Catatan baru/ }));
    const text = screen.getByRole('textbox', { name: /Catatan 1/ });
    expect(text).toHaveFocus();
    await user.type(text, 'Menolak hadiah dari rekanan');
    expect(saves()).toHaveLength(0); // still typing: nothing sent yet
    await pause(499);
    expect(saves()).toHaveLength(0);
    await pause(1);
    await waitFor(() => expect(saves()).toHaveLength(1));
    expect(saves()[0]).toMatchObject({ assignmentId: 'asg-1', text: 'Menolak hadiah dari rekanan', competency: null, polarity: null });
    expect(saves()[0]!.id).toMatch(/^[0-9a-f-]{36}$/);
    await waitFor(() => expect(screen.getByTestId('save-state')).toHaveTextContent('Tersimpan'));

    const card = screen.getByTestId('note-1');
    await user.click(within(card).getByRole('button', { name: /Integritas/ }));
    await user.click(within(card).getByRole('button', { name: 'Bukti positif (+)' }));
    expect(within(card).getByRole('button', { name: /Integritas/ })).toHaveAttribute('aria-pressed', 'true');
    await pause(500);
    await waitFor(() => expect(saves()).toHaveLength(2)); // two clicks inside the pause: one save
    expect(saves()[1]).toMatchObject({ competency: 'INT', polarity: 'positive', indicator: null });

    await user.click(within(card).getByLabelText(/Indikator/));
    await user.click((await screen.findAllByRole('option', { name: /3\.1 Perilaku Integritas 3\.1/, hidden: true }))[0]!);
    await pause(500);
    await waitFor(() => expect(saves()).toHaveLength(3));
    expect(saves()[2]).toMatchObject({ competency: 'INT', indicator: 'INT.3.1', polarity: 'positive' });
    expect(new Set(saves().map((s) => s.id)).size).toBe(1);
    // The rubric follows the tagging at once.
    expect(within(screen.getByTestId('rubric-INT')).getByTestId('evidence-suggestion')).toHaveTextContent('3');
  });

  it('tags by keyboard shortcuts only: new note, competency, polarity, indicator picker', async () => {
    const { saves } = world();
    renderApp();
    await screen.findByTestId('workspace');
    const user = fakeTimers();

    await user.keyboard('{Control>}{Enter}{/Control}');
    const text = screen.getByRole('textbox', { name: /Catatan 1/ });
    expect(text).toHaveFocus();
    await user.keyboard('Mengajak tim lain rapat bersama');
    await user.keyboard('{Alt>}{Shift>}2{/Shift}{/Alt}'); // 2nd competency: Kerja Sama
    await user.keyboard('{Alt>}n{/Alt}'); // negative evidence
    expect(text).toHaveValue('Mengajak tim lain rapat bersama'); // shortcuts type nothing
    await user.keyboard('{Alt>}i{/Alt}');
    const picker = within(screen.getByTestId('note-1')).getByLabelText(/Indikator/);
    expect(picker).toHaveFocus();
    await user.keyboard('2.1');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(text).toHaveFocus()); // back to writing
    await pause(500);
    await waitFor(() => expect(saves().length).toBeGreaterThanOrEqual(1));
    expect(saves().at(-1)).toMatchObject({
      text: 'Mengajak tim lain rapat bersama',
      competency: 'KS',
      indicator: 'KS.2.1',
      polarity: 'negative',
    });
    const card = screen.getByTestId('note-1');
    expect(within(card).getByRole('button', { name: /Kerja Sama/ })).toHaveAttribute('aria-pressed', 'true');
    expect(within(card).getByRole('button', { name: 'Bukti negatif (−)' })).toHaveAttribute('aria-pressed', 'true');

    // Ctrl+Enter starts the second note; Alt+P on it marks positive, Alt+Shift+1 tags Integritas.
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(screen.getByRole('textbox', { name: /Catatan 2/ })).toHaveFocus();
    await user.keyboard('Menolak gratifikasi{Alt>}p{/Alt}{Alt>}{Shift>}1{/Shift}{/Alt}');
    await pause(500);
    await waitFor(() => expect(saves().some((s) => s.text === 'Menolak gratifikasi')).toBe(true));
    const second = saves().filter((s) => s.text === 'Menolak gratifikasi').at(-1)!;
    expect(second).toMatchObject({ competency: 'INT', polarity: 'positive' });
    expect(second.id).not.toBe(saves()[0]!.id);
  });

  it('keeps the text and retries when a save fails', async () => {
    const { saves } = world((input, n) =>
      n === 1 ? { ok: false, error: { code: 'TRANSPORT', message: 'Koneksi terputus' } } : savedNote(input),
    );
    renderApp();
    await screen.findByTestId('workspace');
    const user = fakeTimers();
    await user.keyboard('{Control>}{Enter}{/Control}Catatan penting');
    await pause(500);
    await waitFor(() => expect(screen.getByTestId('save-state')).toHaveTextContent('Gagal menyimpan — mencoba lagi'));
    expect(screen.getByRole('textbox', { name: /Catatan 1/ })).toHaveValue('Catatan penting');
    await pause(2_000);
    await waitFor(() => expect(screen.getByTestId('save-state')).toHaveTextContent('Tersimpan'));
    expect(saves()).toHaveLength(2);
    expect(saves()[1]!.id).toBe(saves()[0]!.id);
    expect(saves()[1]!.text).toBe('Catatan penting');
  });
});
