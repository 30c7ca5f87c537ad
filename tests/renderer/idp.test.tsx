import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { IdpUpdateInput } from '../../shared/schemas/results';
import { fakeMain, renderApp, resetApp, status } from './harness';
import { BATCH, IDP, MATRIX } from './results-fakes';

beforeEach(async () => {
  await resetApp();
  window.location.hash = '#/idp-reports';
});

function world(idp: 'exists' | 'missing' = 'exists', over: Parameters<typeof fakeMain>[0] = {}) {
  return fakeMain({
    'app.status': () => ({ ok: true, value: status() }),
    'batches.list': () => ({ ok: true, value: [BATCH] }),
    'results.list': () => ({ ok: true, value: MATRIX }),
    'idp.get': () =>
      idp === 'exists'
        ? { ok: true, value: IDP }
        : { ok: false, error: { code: 'NOT_FOUND', message: 'Tidak ditemukan.' } },
    'idp.generate': () => ({ ok: true, value: IDP }),
    'idp.update': (input) => ({ ok: true, value: { ...IDP, revision: (input as IdpUpdateInput).revision + 1 } }),
    'idp.setStatus': () => ({ ok: true, value: { ...IDP, status: 'agreed' } }),
    'results.settings': () => ({
      ok: true,
      value: { bands: { tinggi: 90, menengah: 78, potensiWeight: 50 }, jpTable: { coaching: 6 } },
    }),
    ...over,
  });
}

async function openBudi() {
  const view = renderApp();
  await view.user.selectOptions(await screen.findByTestId('idp-participant'), 'p-2');
  return view;
}

describe('IDP & Laporan', () => {
  it('warns while a year plans under 20 JP, and sends the edited plan as the update payload', async () => {
    const calls = world();
    const { user } = await openBudi();
    const editor = await screen.findByTestId('idp-editor');
    expect(within(editor).getByTestId('jp-warning').textContent).toContain(
      'Rencana JP tahun 2027 (8 JP) kurang dari minimal 20 JP',
    );

    const jp = within(editor).getByRole('textbox', { name: 'JP' });
    await user.clear(jp);
    await user.type(jp, '24');
    expect(within(editor).queryByTestId('jp-warning')).toBeNull();
    await user.type(within(editor).getByRole('textbox', { name: 'Atasan langsung' }), 'Drs. Sutrisno');
    await user.click(within(editor).getByRole('button', { name: 'Simpan IDP' }));

    expect(await screen.findByText('IDP disimpan.')).toBeTruthy();
    expect(calls.find((c) => c.name === 'idp.update')?.input).toEqual({
      batchId: 'batch-1',
      participantId: 'p-2',
      revision: 3,
      periodFrom: '2027-01-01',
      periodTo: '2027-12-31',
      mentor: 'Ir. Hadi',
      supervisor: 'Drs. Sutrisno',
      items: [
        {
          competency: 'KS',
          target: 4,
          indicators: IDP.items[0]!.indicators,
          evidence: 'Memimpin rapat lintas bidang',
          activities: [{ formCode: 'workshop', provider: 'BPSDM', start: '2027-03-01', end: '2027-03-02', jp: 24 }],
        },
      ],
    });
  });

  it('after a STALE refusal keeps the draft, and loads the stored IDP into a fresh editor on request', async () => {
    const theirs = { ...IDP, mentor: 'Dr. Rekan', revision: IDP.revision + 1 };
    let stored = IDP;
    const calls = world('exists', {
      'idp.get': () => ({ ok: true, value: stored }),
      'idp.update': () => ({ ok: false, error: { code: 'STALE', message: 'Sudah diubah orang lain (IDP, rev. 4).' } }),
    });
    const { user } = await openBudi();
    const editor = await screen.findByTestId('idp-editor');
    stored = theirs;
    const mentor = within(editor).getByRole('textbox', { name: 'Mentor' });
    await user.clear(mentor);
    await user.type(mentor, 'Mentor saya');
    await user.click(within(editor).getByRole('button', { name: 'Simpan IDP' }));

    const alert = await within(editor).findByTestId('error-alert');
    expect(alert.textContent).toContain('Sudah diubah orang lain (IDP, rev. 4).');
    expect(mentor).toHaveValue('Mentor saya');
    await user.click(within(alert).getByRole('button', { name: 'Muat versi terbaru' }));
    const fresh = await screen.findByRole('textbox', { name: 'Mentor' });
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Mentor' })).toHaveValue('Dr. Rekan'));
    expect(fresh).not.toBe(mentor);
    expect(screen.queryByTestId('error-alert')).toBeNull();
    expect(calls.filter((c) => c.name === 'idp.get')).toHaveLength(2);
  });

  it('offers a generated draft when the participant has no IDP yet', async () => {
    const calls = world('missing');
    const { user } = await openBudi();
    await user.click(await screen.findByRole('button', { name: 'Buat draf IDP' }));
    await screen.findByTestId('idp-editor');
    expect(calls.find((c) => c.name === 'idp.generate')?.input).toEqual({ batchId: 'batch-1', participantId: 'p-2' });
  });

  it('changes the status only after the confirmation', async () => {
    const calls = world();
    const { user } = await openBudi();
    await user.click(await screen.findByRole('button', { name: 'Ubah status ke "Disepakati"' }));
    const dialog = await screen.findByRole('dialog');
    expect(calls.some((c) => c.name === 'idp.setStatus')).toBe(false);
    await user.click(within(dialog).getByRole('button', { name: 'Ya, ubah' }));
    expect((await screen.findByTestId('idp-status')).textContent).toBe('Disepakati');
    expect(calls.find((c) => c.name === 'idp.setStatus')?.input).toEqual({
      batchId: 'batch-1',
      participantId: 'p-2',
      status: 'agreed',
    });
  });

  it('adds an activity from the catalogue with its pillar and the office JP credit', async () => {
    world();
    const { user } = await openBudi();
    const editor = await screen.findByTestId('idp-editor');
    await user.click(within(editor).getByRole('button', { name: 'Tambah kegiatan' }));
    const row = within(editor).getByTestId('activity-2');
    await user.selectOptions(within(row).getByRole('combobox', { name: 'Bentuk' }), 'coaching');
    expect(within(row).getByTestId('activity-2-pillar').textContent).toBe('20');
    expect((within(row).getByRole('textbox', { name: 'JP' }) as HTMLInputElement).value).toBe('6');
    expect(within(editor).getByText('2027: 14 JP')).toBeTruthy();
    await user.click(within(editor).getByRole('button', { name: 'Hapus kegiatan 2' }));
    expect(within(editor).queryByTestId('activity-2')).toBeNull();
  });
});
