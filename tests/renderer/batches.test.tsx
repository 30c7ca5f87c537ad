import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ChannelOutput } from '../../shared/contract';
import type { BatchDetail } from '../../shared/schemas/batch';
import { FRAMEWORK } from './batch-fakes';
import { ADMIN, fakeMain, renderApp, resetApp, status } from './harness';

beforeEach(async () => {
  await resetApp();
  window.location.hash = '#/batches/batch-1';
});

const COORDINATOR = {
  ...ADMIN,
  id: 'user-2',
  username: 'budi',
  displayName: 'Budi Santoso',
  role: 'coordinator' as const,
};

function detail(over: Partial<BatchDetail> = {}): BatchDetail {
  return {
    id: 'batch-1',
    name: 'Asesmen Administrator 2026',
    purpose: 'pengisian',
    status: 'planning',
    standardId: 'std-1',
    frameworkVersionId: 'fv-1',
    scoringRuleVersion: 'v1',
    startsOn: '2026-12-01',
    endsOn: '2026-12-02',
    venue: 'Gedung BPSDM',
    participantCount: 1,
    team: [{ userId: 'as-1', role: 'asesor', displayName: 'Rina Asesor' }],
    participants: [
      { participantId: 'p-1', number: 1, nip: '198501012010011001', name: 'Andi Wijaya', unit: 'Bappeda' },
    ],
    exercises: [
      {
        id: 'ex-1',
        kind: 'bei',
        name: 'Wawancara Perilaku',
        durationMinutes: 90,
        instructions: '',
        materials: '',
        sortOrder: 1,
        competencies: ['INT', 'KS'],
      },
      {
        id: 'ex-2',
        kind: 'in-tray',
        name: 'In-tray',
        durationMinutes: 60,
        instructions: '',
        materials: '',
        sortOrder: 2,
        competencies: [],
      },
    ],
    assignments: [],
    competencies: [
      { code: 'INT', level: 3 },
      { code: 'KS', level: 3 },
      { code: 'KOM', level: 3 },
    ],
    ...over,
  };
}

function world(warnings: ChannelOutput<'batches.warnings'> = [], extra: Parameters<typeof fakeMain>[0] = {}) {
  let current = detail();
  const calls = fakeMain({
    ...extra,
    'app.status': () => ({ ok: true, value: status({ user: COORDINATOR }) }),
    'batches.get': () => ({ ok: true, value: current }),
    'batches.warnings': () => ({ ok: true, value: warnings }),
    'assessors.list': () => ({
      ok: true,
      value: [
        {
          userId: 'as-1',
          displayName: 'Rina Asesor',
          certificateNumber: null,
          certificateLevel: null,
          certificateExpiry: '2025-06-30',
          unit: null,
        },
      ],
    }),
    'frameworks.get': () => ({ ok: true, value: FRAMEWORK }),
    'batches.setStatus': (input) => {
      current = { ...current, status: (input as { status: BatchDetail['status'] }).status };
      return { ok: true, value: current };
    },
    'exercises.setCompetencies': (input) => {
      const { exerciseId, competencies } = input as { exerciseId: string; competencies: string[] };
      current = {
        ...current,
        exercises: current.exercises.map((e) => (e.id === exerciseId ? { ...e, competencies } : e)),
      };
      return { ok: true, value: current.exercises.find((e) => e.id === exerciseId)! };
    },
  });
  return calls;
}

describe('Kegiatan Asesmen: matrix editor', () => {
  it('toggles cells by click and by keyboard and saves the whole list of the exercise', async () => {
    const calls = world();
    const { user } = renderApp();
    await user.click(await screen.findByRole('tab', { name: 'Matriks' }));
    const matrix = await screen.findByTestId('matrix');
    const cell = (c: string, e: string) => within(matrix).getByRole('checkbox', { name: `${c} diukur oleh ${e}` });
    await waitFor(() => expect(cell('Integritas', 'Wawancara Perilaku')).toBeChecked());
    expect(cell('Komunikasi', 'Wawancara Perilaku')).not.toBeChecked();

    // Click: Komunikasi is added to the interview, in the standard's order.
    await user.click(cell('Komunikasi', 'Wawancara Perilaku'));
    await waitFor(() => expect(cell('Komunikasi', 'Wawancara Perilaku')).toBeChecked());
    const saves = () => calls.filter((c) => c.name === 'exercises.setCompetencies').map((c) => c.input);
    expect(saves()).toEqual([{ exerciseId: 'ex-1', competencies: ['INT', 'KS', 'KOM'] }]);

    // Keyboard: from Integritas × interview, → moves to Integritas × In-tray, Space ticks it.
    cell('Integritas', 'Wawancara Perilaku').focus();
    fireEvent.keyDown(cell('Integritas', 'Wawancara Perilaku'), { key: 'ArrowRight' });
    expect(cell('Integritas', 'In-tray')).toHaveFocus();
    await user.keyboard(' ');
    await waitFor(() => expect(cell('Integritas', 'In-tray')).toBeChecked());
    fireEvent.keyDown(cell('Integritas', 'In-tray'), { key: 'ArrowDown' });
    expect(cell('Kerja Sama', 'In-tray')).toHaveFocus();
    // Untick by keyboard on the interview: Kerja Sama is removed, the rest kept.
    fireEvent.keyDown(cell('Kerja Sama', 'In-tray'), { key: 'ArrowLeft' });
    expect(cell('Kerja Sama', 'Wawancara Perilaku')).toHaveFocus();
    await user.keyboard(' ');
    await waitFor(() => expect(cell('Kerja Sama', 'Wawancara Perilaku')).not.toBeChecked());
    expect(saves()).toEqual([
      { exerciseId: 'ex-1', competencies: ['INT', 'KS', 'KOM'] },
      { exerciseId: 'ex-2', competencies: ['INT'] },
      { exerciseId: 'ex-1', competencies: ['INT', 'KOM'] },
    ]);
  });
});

describe('Kegiatan Asesmen: planning warnings', () => {
  it('renders every warning as a sentence with names and the reason, and refreshes after a change', async () => {
    const calls = world([
      { code: 'competency-coverage', competency: 'INT', exercises: 1 },
      { code: 'competency-coverage', competency: 'KOM', exercises: 0 },
      { code: 'too-few-assessors', participantId: 'p-1', count: 1 },
      { code: 'certificate-expired', assessorId: 'as-1', expiry: '2025-06-30' },
      { code: 'group-size', size: 1 },
    ]);
    const { user } = renderApp();
    const tab = await screen.findByRole('tab', { name: /Peringatan/ });
    expect(within(tab).getByTestId('warning-count')).toHaveTextContent('5');
    await user.click(tab);
    const list = await screen.findByTestId('warnings');
    await waitFor(() =>
      expect(list).toHaveTextContent('Kompetensi Integritas hanya diukur oleh 1 simulasi (minimal 2).'),
    );
    const items = within(list)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual([
      'Kompetensi Integritas hanya diukur oleh 1 simulasi (minimal 2).',
      'Kompetensi Komunikasi belum diukur oleh simulasi apa pun (minimal 2).',
      'Andi Wijaya hanya dinilai oleh 1 asesor (minimal 2).',
      'Sertifikat asesor Rina Asesor berakhir 30 Jun 2025, sebelum kegiatan dimulai.',
      'Jumlah peserta 1 berada di luar ukuran kelompok 4–8 orang.',
    ]);
    // A change in another tab asks for the warnings again.
    const before = calls.filter((c) => c.name === 'batches.warnings').length;
    await user.click(screen.getByRole('tab', { name: 'Matriks' }));
    await user.click(await screen.findByRole('checkbox', { name: 'Integritas diukur oleh In-tray' }));
    await waitFor(() => expect(calls.filter((c) => c.name === 'batches.warnings').length).toBe(before + 1));
  });

  it('says so in English after a language switch', async () => {
    world([{ code: 'competency-coverage', competency: 'INT', exercises: 1 }]);
    const { user } = renderApp();
    await user.selectOptions(await screen.findByTestId('language-switch-header'), 'en');
    await user.click(await screen.findByRole('tab', { name: /Warnings/ }));
    expect(
      await screen.findByText('Competency Integrity is measured by only 1 exercise(s) (at least 2).'),
    ).toBeInTheDocument();
  });
});

describe('Kegiatan Asesmen: status', () => {
  it('moves planning → running only after confirmation, then locks the plan', async () => {
    const calls = world();
    const { user } = renderApp();
    expect(await screen.findByTestId('batch-status')).toHaveTextContent('Perencanaan');
    await user.click(screen.getByRole('button', { name: 'Mulai pelaksanaan' }));
    const dialog = await screen.findByRole('dialog', { name: 'Mulai pelaksanaan' });
    expect(dialog).toHaveTextContent('dari "Perencanaan" menjadi "Pelaksanaan"');
    await user.click(within(dialog).getByRole('button', { name: 'Batal' }));
    expect(calls.map((c) => c.name)).not.toContain('batches.setStatus');

    await user.click(screen.getByRole('button', { name: 'Mulai pelaksanaan' }));
    await user.click(
      within(await screen.findByRole('dialog', { name: 'Mulai pelaksanaan' })).getByRole('button', {
        name: 'Mulai pelaksanaan',
      }),
    );
    await waitFor(() => expect(screen.getByTestId('batch-status')).toHaveTextContent('Pelaksanaan'));
    expect(calls.find((c) => c.name === 'batches.setStatus')?.input).toEqual({ id: 'batch-1', status: 'running' });
    expect(screen.getByText('Rencana hanya dapat diubah selama perencanaan.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Mulai integrasi' })).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: 'Matriks' }));
    expect(await screen.findByRole('checkbox', { name: 'Integritas diukur oleh In-tray' })).toBeDisabled();
  });
});
