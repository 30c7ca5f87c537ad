import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { IntegrationMatrix } from '../../shared/schemas/scoring';
import { ASSESSOR, COORDINATOR } from './assessor-room-fakes';
import { fakeMain, renderApp, resetApp, status } from './harness';

beforeEach(async () => {
  await resetApp();
  window.location.hash = '#/integration';
});

const rating = (exercise: string, assessor: string, level: number, evidence: number) => ({
  assignmentId: `asg-${exercise}`,
  exerciseId: exercise,
  exerciseName: exercise === 'ex-1' ? 'Wawancara Perilaku' : 'Role Play',
  assessorId: assessor,
  assessorName: assessor === 'a' ? 'Rina Asesor' : 'Dedi Asesor',
  level,
  evidenceCount: evidence,
  ratedWithoutEvidence: evidence === 0,
  rationale: '',
});

function matrix(decided = false): IntegrationMatrix {
  return {
    batchId: 'batch-1',
    batchStatus: 'integration',
    rule: {
      version: 'asesa-2026.1',
      aggregation: 'median',
      rounding: 'half-up',
      halfLevels: false,
      statement: { id: 'Level saran = median nilai per simulasi, dibulatkan ke level bulat.', en: 'Suggested = median.' },
    },
    exercises: [
      { id: 'ex-1', name: 'Wawancara Perilaku', competencies: ['INT', 'KS'] },
      { id: 'ex-2', name: 'Role Play', competencies: ['INT'] },
    ],
    competencies: [
      { competency: 'INT', name: { id: 'Integritas', en: 'Integrity' }, requiredLevel: 3 },
      { competency: 'KS', name: { id: 'Kerja Sama', en: 'Teamwork' }, requiredLevel: 3 },
    ],
    participants: [
      {
        participantId: 'p-1',
        nip: '198501012010011001',
        name: 'Andi Wijaya',
        lock: null,
        cells: [
          {
            competency: 'INT',
            requiredLevel: 3,
            ratings: [rating('ex-1', 'a', 2, 2), rating('ex-2', 'b', 4, 1)],
            flags: [{ kind: 'spread', min: 2, max: 4 }],
            suggestedLevel: 3,
            decision: decided
              ? { finalLevel: 3, suggestedLevel: 3, rule: 'asesa-2026.1', rationale: '', decidedBy: 'co-1', decidedByName: 'Budi', decidedAt: '2026-12-02T01:00:00.000Z' }
              : null,
          },
          {
            competency: 'KS',
            requiredLevel: 3,
            ratings: [rating('ex-1', 'a', 3, 1)],
            flags: [{ kind: 'single-exercise', exercise: 'ex-1' }],
            suggestedLevel: 3,
            decision: null,
          },
        ],
      },
    ],
  };
}

function world(user = COORDINATOR) {
  return fakeMain({
    'app.status': () => ({ ok: true, value: status({ user }) }),
    'batches.list': () => ({
      ok: true,
      value: [
        { id: 'batch-0', name: 'Masih berjalan', status: 'running' },
        { id: 'batch-1', name: 'Asesmen Administrator 2026', status: 'integration' },
      ] as never,
    }),
    'workspace.list': () => ({ ok: true, value: [] }),
    'integration.matrix': () => ({ ok: true, value: matrix() }),
    'integration.decide': (input) => ({ ok: true, value: { ...matrix(true).participants[0]!.cells[0]!, decision: { ...matrix(true).participants[0]!.cells[0]!.decision!, ...(input as object) } } }),
  });
}

describe('Rapat Integrasi', () => {
  it('shows every rating with evidence, flags as text, the suggestion and the rule', async () => {
    const calls = world();
    renderApp();
    const cell = await screen.findByTestId('cell-p-1-INT');
    expect(calls.find((c) => c.name === 'integration.matrix')!.input).toEqual({ batchId: 'batch-1' });
    expect(cell).toHaveTextContent('Wawancara Perilaku · Rina Asesor: 2 (2 bukti)');
    expect(cell).toHaveTextContent('Role Play · Dedi Asesor: 4 (1 bukti)');
    expect(within(cell).getByTestId('flags')).toHaveTextContent('Selisih lebih dari 1 level (2–4)');
    expect(cell).toHaveTextContent('Saran: 3');
    expect(cell).toHaveTextContent('Belum diputuskan');
    expect(screen.getByTestId('cell-p-1-KS')).toHaveTextContent('Hanya dari satu simulasi (Wawancara Perilaku)');
    expect(screen.getByTestId('rule-statement')).toHaveTextContent('median nilai per simulasi');
    expect(screen.getByRole('button', { name: /Kunci & tanda tangan/ })).toBeDisabled();
  });

  it('requires a rationale, with the reason shown, when the final level differs from the suggestion', async () => {
    const calls = world();
    const { user } = renderApp();
    await user.click(await screen.findByTitle('Putuskan Integritas untuk Andi Wijaya'));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByRole('radio', { name: '3' })).toBeChecked(); // starts at the suggestion
    expect(within(dialog).queryByTestId('decide-reason')).toBeNull();

    await user.click(within(dialog).getByRole('radio', { name: '4' }));
    expect(within(dialog).getByTestId('decide-reason')).toHaveTextContent('berbeda dari level saran (3)');
    await user.click(within(dialog).getByRole('button', { name: 'Simpan keputusan' }));
    expect(within(dialog).getByText('Alasan wajib diisi')).toBeInTheDocument();
    expect(calls.some((c) => c.name === 'integration.decide')).toBe(false);

    await user.type(within(dialog).getByRole('textbox', { name: /Alasan keputusan/ }), 'Bukti role play lebih kuat.');
    await user.click(within(dialog).getByRole('button', { name: 'Simpan keputusan' }));
    await waitFor(() => expect(calls.filter((c) => c.name === 'integration.decide')).toHaveLength(1));
    expect(calls.find((c) => c.name === 'integration.decide')!.input).toEqual({
      batchId: 'batch-1',
      participantId: 'p-1',
      competency: 'INT',
      finalLevel: 4,
      rationale: 'Bukti role play lebih kuat.',
    });
  });

  it('accepts the suggested level without a rationale; a coordinator may reopen an assessor\'s ratings, an assessor lead may not', async () => {
    const calls = world();
    const { user } = renderApp();
    await user.click(await screen.findByTitle('Putuskan Integritas untuk Andi Wijaya'));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getAllByRole('button', { name: 'Buka kembali penilaian asesor' })).toHaveLength(2);
    await user.click(within(dialog).getByRole('button', { name: 'Simpan keputusan' }));
    await waitFor(() => expect(calls.filter((c) => c.name === 'integration.decide')).toHaveLength(1));
    expect(calls.find((c) => c.name === 'integration.decide')!.input).toMatchObject({ finalLevel: 3, rationale: '' });
  });

  it('an assessor who leads a batch finds it from their own assignments and sees no reopen button', async () => {
    const calls = fakeMain({
      'app.status': () => ({ ok: true, value: status({ user: ASSESSOR }) }),
      'workspace.list': () => ({
        ok: true,
        value: [{ day: '2026-12-01', slots: [{ start: '08:00', end: '09:00', items: [{ batchId: 'batch-1', batchName: 'Asesmen Administrator 2026', batchStatus: 'integration' }] }] }] as never,
      }),
      'integration.matrix': () => ({ ok: true, value: matrix() }),
    });
    const { user } = renderApp();
    await user.click(await screen.findByTitle('Putuskan Integritas untuk Andi Wijaya'));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).queryByRole('button', { name: 'Buka kembali penilaian asesor' })).toBeNull();
    expect(calls.some((c) => c.name === 'batches.list')).toBe(false);
  });
});
