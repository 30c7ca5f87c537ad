import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChannelOutput } from '../../shared/contract';
import { fakeMain, renderApp, resetApp } from './harness';
import { asRole, fail, ok, participant } from './settings-fakes';

beforeEach(async () => {
  await resetApp();
  window.location.hash = '#/settings/privacy';
});
afterEach(() => {
  vi.restoreAllMocks();
});

const ANDI = participant();
const NOTICE = ok({
  version: 'pdp-2026.1',
  title: 'Pemberitahuan Pelindungan Data Pribadi',
  text: 'Data pribadi Anda diproses oleh BPSDM.',
});
const search = () => ok({ total: 1, items: [ANDI] });
type Status = ChannelOutput<'privacy.status'>;

async function pick(user: ReturnType<typeof renderApp>['user'], card: HTMLElement) {
  await user.type(within(card).getByRole('searchbox', { name: /^Cari peserta/ }), 'Andi');
  await user.click(await within(card).findByRole('button', { name: `Pilih Andi Wijaya ${ANDI.nip}` }));
}

describe('Pengaturan › Data pribadi', () => {
  it('shows the notice and records an acknowledgement on a signed form for a chosen participant', async () => {
    let status: Status = { current: 'pdp-2026.1', upToDate: false, latest: null };
    const calls = fakeMain({
      'app.status': asRole('coordinator'),
      'privacy.notice': () => NOTICE,
      'participants.search': search,
      'privacy.status': () => ok(status),
      'privacy.acknowledge': (input) => {
        const { method } = input as { method: 'signed-paper' };
        status = {
          current: 'pdp-2026.1',
          upToDate: true,
          latest: { version: 'pdp-2026.1', method, at: '2026-11-23T03:00:00.000Z' },
        };
        return ok({ ok: true as const });
      },
    });
    const { user } = renderApp();
    expect(await screen.findByTestId('privacy-notice-text')).toHaveTextContent(
      'Data pribadi Anda diproses oleh BPSDM.',
    );
    expect(screen.getByText('Versi pdp-2026.1')).toBeInTheDocument();

    const card = screen.getByRole('region', { name: 'Tanda terima pemberitahuan oleh peserta' });
    await pick(user, card);
    expect(within(card).getByTestId('ack-participant-selected')).toHaveTextContent(
      'Andi Wijaya (NIP 198501012010011001)',
    );
    expect(await within(card).findByTestId('privacy-status')).toHaveTextContent('Belum ada tanda terima');
    await user.click(within(card).getByRole('radio', { name: 'Formulir bertanda tangan' }));
    await user.click(within(card).getByRole('button', { name: 'Catat tanda terima' }));
    await waitFor(() =>
      expect(within(card).getByTestId('privacy-status')).toHaveTextContent('Sudah menerima versi terbaru (pdp-2026.1)'),
    );
    expect(within(card).getByTestId('privacy-status')).toHaveTextContent('formulir bertanda tangan');
    expect(calls.find((c) => c.name === 'participants.search')?.input).toEqual({ query: 'Andi', offset: 0, limit: 8 });
    expect(calls.find((c) => c.name === 'privacy.acknowledge')?.input).toEqual({
      participantId: 'p-1',
      method: 'signed-paper',
    });
  });

  it('exports one NIP as a JSON download, refusing a malformed NIP first', async () => {
    const createObjectURL = vi.fn(() => 'blob:subject');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    const calls = fakeMain({
      'app.status': asRole('coordinator'),
      'privacy.notice': () => NOTICE,
      'privacy.subjectExport': () =>
        ok({ fileName: 'subjek-198501012010011001.json', contentBase64: btoa('{"nip":"x"}') }),
    });
    const { user } = renderApp();
    const form = await screen.findByRole('form', { name: 'Salinan data pribadi (akses subjek data)' });
    const nip = within(form).getByRole('textbox', { name: /^NIP/ });
    await user.type(nip, '1985 0101');
    await user.click(within(form).getByRole('button', { name: 'Unduh berkas JSON' }));
    expect(await within(form).findByText('NIP terdiri dari 18 digit angka.')).toBeInTheDocument();
    expect(calls.map((c) => c.name)).not.toContain('privacy.subjectExport');

    await user.clear(nip);
    await user.type(nip, ' 198501012010011001 ');
    await user.click(within(form).getByRole('button', { name: 'Unduh berkas JSON' }));
    await waitFor(() => expect(clicked).toEqual(['subjek-198501012010011001.json']));
    expect(calls.find((c) => c.name === 'privacy.subjectExport')?.input).toEqual({ nip: '198501012010011001' });
    const blob = (createObjectURL.mock.calls[0] as unknown as [Blob])[0];
    expect(blob.type).toBe('application/json');
  });

  it('does not show retention or erasure to a coordinator, nor call their admin-only channels', async () => {
    const calls = fakeMain({ 'app.status': asRole('coordinator'), 'privacy.notice': () => NOTICE });
    renderApp();
    expect(await screen.findByText(/hanya dapat diatur oleh administrator/)).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Masa simpan data' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Hapus data peserta' })).not.toBeInTheDocument();
    const names = calls.map((c) => c.name);
    expect(names).not.toContain('privacy.retention');
    expect(names).not.toContain('privacy.retentionPreview');
  });

  it('saves the retention years, refuses fewer than 3, and anonymises the preview only after confirmation', async () => {
    let preview = [{ id: 'p-9', nip: '196001011985031002', name: 'Lama Sekali', lastAssessment: '2019-05-01' }];
    const calls = fakeMain({
      'app.status': asRole('admin'),
      'privacy.notice': () => NOTICE,
      'privacy.retention': (input) => ok({ years: (input as { years?: number }).years ?? 5 }),
      'privacy.retentionPreview': () => ok(preview),
      'privacy.applyRetention': () => {
        preview = [];
        return ok({ anonymised: 1 });
      },
    });
    const { user } = renderApp();
    const form = await screen.findByRole('form', { name: 'Masa simpan data' });
    const years = within(form).getByRole('spinbutton', { name: /^Simpan identitas paling lama/ });
    await waitFor(() => expect(years).toHaveValue(5));
    await user.clear(years);
    await user.type(years, '2');
    await user.click(within(form).getByRole('button', { name: 'Simpan' }));
    expect(await within(form).findByText('Isi bilangan bulat 3 sampai 30.')).toBeInTheDocument();
    await user.clear(years);
    await user.type(years, '7');
    await user.click(within(form).getByRole('button', { name: 'Simpan' }));
    await waitFor(() =>
      expect(calls.filter((c) => c.name === 'privacy.retention').map((c) => c.input)).toEqual([{}, { years: 7 }]),
    );

    const table = await screen.findByTestId('retention-preview');
    expect(within(table).getByText('Lama Sekali')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Anonimkan sekarang' }));
    const dialog = await screen.findByRole('dialog', { name: 'Anonimkan 1 peserta?' });
    expect(dialog).toHaveTextContent('tidak dapat dibatalkan');
    expect(calls.map((c) => c.name)).not.toContain('privacy.applyRetention');
    await user.click(within(dialog).getByRole('button', { name: 'Anonimkan sekarang' }));
    expect(await screen.findByText('Tidak ada peserta yang melewati masa simpan.')).toBeInTheDocument();
    expect(calls.find((c) => c.name === 'privacy.applyRetention')?.input).toEqual({ confirm: true });
  });

  it('erases a participant only once their NIP has been typed, and shows a refusal', async () => {
    let reply: ReturnType<typeof fail> | ReturnType<typeof ok<{ ok: true }>> = fail(
      'NOT_FOUND',
      'Data tidak ditemukan.',
    );
    const calls = fakeMain({
      'app.status': asRole('admin'),
      'privacy.notice': () => NOTICE,
      'privacy.retention': () => ok({ years: 5 }),
      'privacy.retentionPreview': () => ok([]),
      'participants.search': search,
      'privacy.erase': () => reply,
    });
    const { user } = renderApp();
    const card = await screen.findByRole('region', { name: 'Hapus data peserta' });
    await pick(user, card);
    await user.click(within(card).getByRole('button', { name: 'Hapus data peserta…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Hapus data Andi Wijaya?' });
    const confirm = within(dialog).getByRole('button', { name: 'Hapus permanen' });
    expect(confirm).toBeDisabled();
    const typed = within(dialog).getByRole('textbox', { name: `Ketik NIP peserta (${ANDI.nip}) untuk mengonfirmasi` });
    await user.type(typed, '19850101201001100');
    expect(confirm).toBeDisabled();
    await user.type(typed, '1');
    expect(confirm).toBeEnabled();

    await user.click(confirm);
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Data tidak ditemukan.');
    reply = ok({ ok: true as const });
    await user.click(confirm);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(calls.filter((c) => c.name === 'privacy.erase').map((c) => c.input)).toEqual([
      { participantId: 'p-1', confirm: true },
      { participantId: 'p-1', confirm: true },
    ]);
    expect(within(card).queryByTestId('erase-participant-selected')).not.toBeInTheDocument();
  });
});
