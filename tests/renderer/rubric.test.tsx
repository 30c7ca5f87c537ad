import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { AssignmentWork, RatingView } from '../../shared/schemas/scoring';
import { ASSESSOR, note, work } from './assessor-room-fakes';
import { fakeMain, renderApp, resetApp, status } from './harness';

beforeEach(async () => {
  await resetApp();
  window.location.hash = '#/assessor-room/asg-1';
});

function rating(input: unknown, withoutEvidence: boolean): RatingView {
  const i = input as { competency: string; level: number; rationale: string };
  return { ...i, ratedWithoutEvidence: withoutEvidence, evidenceLevel: null, updatedAt: '2026-12-01T02:00:00.000Z' };
}

function world(first: AssignmentWork, afterSubmit?: AssignmentWork) {
  let current = first;
  const calls = fakeMain({
    'app.status': () => ({ ok: true, value: status({ user: ASSESSOR }) }),
    'workspace.get': () => ({ ok: true, value: current }),
    'guides.list': () => ({ ok: true, value: [] }),
    'ratings.save': (input) => ({ ok: true, value: rating(input, !current.notes.length) }),
    'ratings.submit': () => {
      if (afterSubmit) current = afterSubmit;
      return { ok: true, value: { submittedAt: '2026-12-01T03:00:00.000Z' } };
    },
  });
  return calls;
}

describe('rubric', () => {
  it('requires a rationale when nothing is tagged, says why, flags "dinilai tanpa bukti", and sends the rating', async () => {
    const calls = world(work());
    const { user } = renderApp();
    const card = await screen.findByTestId('rubric-INT');
    expect(within(card).getByTestId('rationale-reason')).toHaveTextContent('belum ada bukti');
    expect(within(card).getByText(/Level 3 — Integritas level 3/)).toBeInTheDocument();
    expect(within(card).getByText(/Perilaku Integritas 3\.1/)).toBeInTheDocument();

    await user.click(within(card).getByRole('radio', { name: '3' }));
    expect(within(card).getByTestId('without-evidence')).toHaveTextContent('Dinilai tanpa bukti');
    await user.click(within(card).getByRole('button', { name: 'Simpan penilaian' }));
    expect(within(card).getByText('Alasan wajib diisi')).toBeInTheDocument();
    expect(calls.some((c) => c.name === 'ratings.save')).toBe(false);

    await user.type(within(card).getByRole('textbox', { name: /Alasan/ }), 'Peserta tidak memberi contoh; dinilai dari jawaban umum.');
    await user.click(within(card).getByRole('button', { name: 'Simpan penilaian' }));
    await waitFor(() => expect(calls.filter((c) => c.name === 'ratings.save')).toHaveLength(1));
    expect(calls.find((c) => c.name === 'ratings.save')!.input).toEqual({
      assignmentId: 'asg-1',
      competency: 'INT',
      level: 3,
      rationale: 'Peserta tidak memberi contoh; dinilai dari jawaban umum.',
    });
    await within(card).findByText('Dinilai: level 3');
  });

  it('shows the evidence-suggested level and asks for a rationale only when the level departs from it', async () => {
    const calls = world(work({ notes: [note()] }));
    const { user } = renderApp();
    const card = await screen.findByTestId('rubric-INT');
    expect(within(card).getByTestId('evidence-counts')).toHaveTextContent('1 catatan · 1 positif · 0 negatif');
    expect(within(card).getByTestId('evidence-suggestion')).toHaveTextContent('Level saran dari bukti: 3');
    expect(within(card).queryByTestId('rationale-reason')).toBeNull();

    await user.click(within(card).getByRole('radio', { name: '5' }));
    expect(within(card).getByTestId('rationale-reason')).toHaveTextContent('saran bukti (3)');
    expect(within(card).getByRole('textbox', { name: /Alasan/ })).toBeRequired();

    await user.click(within(card).getByRole('radio', { name: '3' }));
    expect(within(card).queryByTestId('rationale-reason')).toBeNull();
    expect(within(card).queryByTestId('without-evidence')).toBeNull();
    await user.click(within(card).getByRole('button', { name: 'Simpan penilaian' }));
    await waitFor(() => expect(calls.filter((c) => c.name === 'ratings.save')).toHaveLength(1));
    expect(calls.find((c) => c.name === 'ratings.save')!.input).toEqual({ assignmentId: 'asg-1', competency: 'INT', level: 3, rationale: '' });
  });

  it('submits after confirmation and then shows the locked view without a reopen button for an assessor', async () => {
    const rated = (competency: string) => ({
      competency,
      level: 3,
      rationale: 'ok',
      ratedWithoutEvidence: true,
      evidenceLevel: null,
      updatedAt: '2026-12-01T02:00:00.000Z',
    });
    const before = work();
    before.rubric = before.rubric.map((r) => ({ ...r, rating: rated(r.competency) }));
    const after: AssignmentWork = { ...before, submittedAt: '2026-12-01T03:00:00.000Z', assignment: { ...before.assignment, status: 'submitted' } };
    const calls = world(before, after);
    const { user } = renderApp();
    await user.click(await screen.findByRole('button', { name: 'Kirim penilaian' }));
    const dialog = await screen.findByRole('dialog', { name: 'Kirim penilaian?' });
    expect(calls.some((c) => c.name === 'ratings.submit')).toBe(false);
    await user.click(within(dialog).getByRole('button', { name: 'Ya, kirim' }));
    await screen.findByTestId('submitted-banner');
    expect(calls.filter((c) => c.name === 'ratings.submit')).toEqual([{ name: 'ratings.submit', input: { assignmentId: 'asg-1' } }]);
    expect(screen.getByTestId('assignment-status')).toHaveTextContent('Sudah dikirim');
    for (const radio of within(screen.getByTestId('rubric-INT')).getAllByRole('radio')) expect(radio).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Kirim penilaian' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Buka kembali penilaian' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Catatan baru/ })).toBeNull();
  });
});
