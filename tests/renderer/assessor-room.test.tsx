import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { ASSESSOR, item, work } from './assessor-room-fakes';
import { fakeMain, renderApp, resetApp, status } from './harness';

beforeEach(async () => {
  await resetApp();
  window.location.hash = '#/assessor-room';
});

describe('Ruang Asesor', () => {
  it('lists own assignments by day and time with status, and opens one', async () => {
    const calls = fakeMain({
      'app.status': () => ({ ok: true, value: status({ user: ASSESSOR }) }),
      'workspace.list': () => ({
        ok: true,
        value: [
          {
            day: '2026-12-01',
            slots: [
              { start: '08:00', end: '09:30', items: [item()] },
              {
                start: '10:00',
                end: '10:45',
                items: [item({ assignmentId: 'asg-2', status: 'not-started', exercise: { id: 'ex-2', name: 'Role Play', kind: 'role-play', durationMinutes: 45 } })],
              },
            ],
          },
          { day: null, slots: [{ start: null, end: null, items: [item({ assignmentId: 'asg-3', status: 'submitted', day: null })] }] },
        ],
      }),
      'workspace.get': () => ({ ok: true, value: work({ assignment: item({ exercise: { id: 'ex-2', name: 'Role Play', kind: 'role-play', durationMinutes: 45 } }) }) }),
    });
    const { user } = renderApp();
    const days = await screen.findAllByTestId('workspace-day');
    expect(days).toHaveLength(2);
    expect(days[0]).toHaveTextContent('Selasa, 1 Desember 2026');
    expect(days[1]).toHaveTextContent('Belum dijadwalkan');
    const rows = within(days[0]!).getAllByTestId('workspace-item');
    expect(rows[0]).toHaveTextContent('08:00–09:30');
    expect(rows[0]).toHaveTextContent('Sedang berjalan');
    expect(rows[1]).toHaveTextContent('Role Play');
    expect(rows[1]).toHaveTextContent('Belum dimulai');
    expect(days[1]).toHaveTextContent('Sudah dikirim');
    await user.click(within(rows[1]!).getByRole('link', { name: /Buka penugasan Andi Wijaya — Role Play/ }));
    await screen.findByTestId('workspace');
    expect(calls.find((c) => c.name === 'workspace.get')!.input).toEqual({ assignmentId: 'asg-2' });
    expect(screen.queryByTestId('interview-guide')).toBeNull(); // not a BEI
    expect(screen.getByTestId('shortcut-legend')).toBeInTheDocument();
  });

  it('re-entry: the printed code opens that workspace with the cursor in the notes', async () => {
    window.location.hash = '#/assessor-room/reentry';
    const calls = fakeMain({
      'app.status': () => ({ ok: true, value: status({ user: ASSESSOR }) }),
      'assignments.findForReentry': (input) =>
        (input as { code: string }).code === '1A2B3C4D'
          ? { ok: true, value: { assignmentId: 'asg-1', shortCode: '1A2B3C4D', item: item() } }
          : { ok: false, error: { code: 'NOT_FOUND', message: 'Data tidak ditemukan.' } },
      'workspace.get': () => ({ ok: true, value: work() }),
      'guides.list': () => ({ ok: true, value: [] }),
    });
    const { user } = renderApp();
    const code = await screen.findByLabelText('Kode lembar');
    await waitFor(() => expect(code).toHaveFocus());
    await user.keyboard('FFFF0000{Enter}');
    await screen.findByText('Data tidak ditemukan.');
    await user.clear(code);
    await user.keyboard('1A2B3C4D{Enter}');
    await screen.findByTestId('workspace');
    expect(calls.filter((c) => c.name === 'assignments.findForReentry').map((c) => c.input)).toEqual([{ code: 'FFFF0000' }, { code: '1A2B3C4D' }]);
    await waitFor(() => expect(screen.getByRole('textbox', { name: /Catatan 1/ })).toHaveFocus());
  });
});
