import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ChannelOutput } from '../../shared/contract';
import { fakeMain, renderApp, resetApp } from './harness';
import { ADMIN_ROW, asRole, BUDI, ok } from './settings-fakes';

type Entry = ChannelOutput<'audit.list'>[number];

beforeEach(async () => {
  await resetApp();
  window.location.hash = '#/settings/audit';
});

function entry(seq: number, over: Partial<Entry> = {}): Entry {
  return {
    seq,
    at: '2026-11-23T02:00:00.000Z',
    actorId: 'user-1',
    actorName: 'Siti Rahmawati',
    action: 'update',
    entity: 'setting',
    entityId: 'security.idleMinutes',
    oldValue: null,
    newValue: null,
    ...over,
  };
}

/** A log of `total` entries, newest (highest seq) first, answering beforeSeq and limit like the main side. */
function log(total: number) {
  return (input: unknown) => {
    const { beforeSeq, limit } = input as { beforeSeq?: number; limit: number };
    const top = beforeSeq === undefined ? total : beforeSeq - 1;
    const out: Entry[] = [];
    for (let s = top; s >= 1 && out.length < limit; s--) out.push(entry(s));
    return ok(out);
  };
}

describe('Pengaturan › Log audit', () => {
  it('lists the newest entries first and loads older ones with beforeSeq', async () => {
    const calls = fakeMain({
      'app.status': asRole('admin'),
      'users.list': () => ok([ADMIN_ROW]),
      'audit.list': log(70),
    });
    const { user } = renderApp();
    const table = await screen.findByTestId('audit-table');
    let rows = within(table).getAllByTestId('audit-row');
    expect(rows).toHaveLength(50);
    expect(within(rows[0]!).getAllByRole('cell')[0]).toHaveTextContent('70');
    await user.click(screen.getByRole('button', { name: 'Muat lebih banyak' }));
    await waitFor(() => expect(within(table).getAllByTestId('audit-row')).toHaveLength(70));
    rows = within(table).getAllByTestId('audit-row');
    expect(within(rows[69]!).getAllByRole('cell')[0]).toHaveTextContent('1');
    expect(calls.filter((c) => c.name === 'audit.list').map((c) => c.input)).toEqual([
      { limit: 50 },
      { limit: 50, beforeSeq: 21 },
    ]);
    expect(screen.queryByRole('button', { name: 'Muat lebih banyak' })).not.toBeInTheDocument();
    expect(screen.getByTestId('audit-shown')).toHaveTextContent(
      '70 catatan ditampilkan. Semua catatan yang cocok sudah ditampilkan.',
    );
  });

  it('sends every filter: entity, action, user, local days as ISO bounds, and free text', async () => {
    const calls = fakeMain({
      'app.status': asRole('admin'),
      'users.list': () => ok([ADMIN_ROW, BUDI]),
      'audit.list': () => ok([entry(3, { entity: 'user', action: 'reset-password' })]),
    });
    const { user } = renderApp();
    const form = await screen.findByRole('form', { name: 'Saring log audit' });
    await user.type(within(form).getByRole('combobox', { name: 'Jenis data' }), 'user');
    await user.type(within(form).getByRole('combobox', { name: 'Tindakan' }), 'reset-password');
    await waitFor(() => expect(within(form).getByRole('option', { name: /Budi Santoso/ })).toBeInTheDocument());
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Pengguna' }), 'user-2');
    await user.type(within(form).getByLabelText('Dari tanggal'), '2026-11-01');
    await user.type(within(form).getByLabelText('Sampai tanggal'), '2026-11-23');
    await user.type(within(form).getByRole('searchbox', { name: 'Cari dalam nilai' }), 'Budi');
    await user.click(within(form).getByRole('button', { name: 'Terapkan saringan' }));
    await waitFor(() => expect(calls.filter((c) => c.name === 'audit.list')).toHaveLength(2));
    expect(calls.filter((c) => c.name === 'audit.list')[1]?.input).toEqual({
      limit: 50,
      entity: 'user',
      action: 'reset-password',
      actorId: 'user-2',
      text: 'Budi',
      from: new Date('2026-11-01T00:00:00.000').toISOString(),
      to: new Date('2026-11-23T23:59:59.999').toISOString(),
    });

    await user.click(within(form).getByRole('button', { name: 'Hapus saringan' }));
    await waitFor(() => expect(calls.filter((c) => c.name === 'audit.list')).toHaveLength(3));
    expect(calls.filter((c) => c.name === 'audit.list')[2]?.input).toEqual({ limit: 50 });
    expect(within(form).getByRole('combobox', { name: 'Jenis data' })).toHaveValue('');
  });

  it('shows old and new values as readable JSON only when asked', async () => {
    fakeMain({
      'app.status': asRole('admin'),
      'users.list': () => ok([ADMIN_ROW]),
      'audit.list': () =>
        ok([
          entry(2, { entity: 'user', action: 'deactivate', oldValue: 'true', newValue: 'false' }),
          entry(1, { action: 'update', oldValue: '{"idleMinutes":15}', newValue: '{"idleMinutes":5,"by":"admin"}' }),
        ]),
    });
    const { user } = renderApp();
    const table = await screen.findByTestId('audit-table');
    const row = within(table).getAllByTestId('audit-row')[1]!;
    const toggle = within(row).getByRole('button', { name: 'Lihat nilai' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(toggle).toHaveTextContent('Sembunyikan nilai');
    expect(within(row).getByTestId('audit-new').textContent).toBe('{\n  "idleMinutes": 5,\n  "by": "admin"\n}');
    expect(within(row).getByTestId('audit-old').textContent).toBe('{\n  "idleMinutes": 15\n}');
  });

  it('lets a coordinator filter by the users seen in the log, without asking for users.list (admin only)', async () => {
    const calls = fakeMain({
      'app.status': asRole('coordinator'),
      'audit.list': () =>
        ok([entry(2, { actorId: 'user-2', actorName: 'Budi Santoso' }), entry(1, { actorId: null, actorName: null })]),
    });
    renderApp();
    const table = await screen.findByTestId('audit-table');
    expect(within(table).getByText('Sistem')).toBeInTheDocument();
    const select = screen.getByRole('combobox', { name: 'Pengguna' });
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Semua pengguna', 'Budi Santoso']);
    expect(calls.map((c) => c.name)).not.toContain('users.list');
  });
});
