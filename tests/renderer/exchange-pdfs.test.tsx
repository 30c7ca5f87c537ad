import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChannelOutput, Envelope } from '../../shared/contract';
import { useAppStore } from '../../renderer/lib/store';
import { fakeMain, renderApp, resetApp } from './harness';
import { BATCH, ENCRYPTED_FILE, preview } from './exchange-fakes';
import { asRole, fail, ok } from './settings-fakes';

/** PDFs in packages: the export option (batch scope only) and the import preview's list and save. */
const EXPORTED = {
  fileName: 'asesa-BPSDM-KALTIM-batch.asesa',
  contentBase64: btoa('PK'),
  packageId: 'pkg-1',
  counts: { participant: 4, batch: 1 },
  pdfs: ['laporan-001-198001012005011001-andi.pdf', 'rekap-asesmen.pdf'],
};
const job = (over: Partial<ChannelOutput<'exchange.exportStatus'>>): ChannelOutput<'exchange.exportStatus'> => ({
  jobId: 'job-1',
  state: 'running',
  done: 0,
  total: 0,
  error: null,
  result: null,
  ...over,
});
const WITH_PDFS = preview({
  scope: { kind: 'batch', batchId: 'batch-7' },
  pdfs: [
    { fileName: 'idp-001-198001012005011001-andi.pdf', bytes: 48_213 },
    { fileName: 'rekap-asesmen-administrator-2026.pdf', bytes: 30_720 },
  ],
});

beforeEach(async () => {
  await resetApp();
  Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:pkg'), revokeObjectURL: vi.fn() });
});

describe('Pertukaran Data › export with PDFs', () => {
  beforeEach(() => {
    window.location.hash = '#/exchange/export';
  });

  const box = () => screen.queryByRole('checkbox', { name: /Sertakan PDF batch/ });

  it('offers the option only for a batch, off by default, and sends it only when ticked', async () => {
    const calls = fakeMain({
      'app.status': asRole('admin'),
      'batches.list': () => ok([BATCH]),
      'exchange.trusted.list': () => ok([]),
      'exchange.exportStart': () => ok({ jobId: 'job-1' }),
      'exchange.exportStatus': () => ok(job({ state: 'done', done: 2, total: 2, result: EXPORTED })),
    });
    const { user } = renderApp();
    await screen.findByRole('button', { name: 'Buat paket' });
    expect(box()).not.toBeInTheDocument();
    await user.click(screen.getByLabelText('Perubahan sejak paket terakhir yang dikirim ke satu kantor'));
    expect(box()).not.toBeInTheDocument();
    await user.click(screen.getByLabelText('Satu batch beserta semua yang dibutuhkannya'));
    expect(box()).not.toBeChecked();
    const select = screen.getByRole('combobox', { name: /^Batch/ });
    await waitFor(() =>
      expect(within(select).getByRole('option', { name: /Asesmen Administrator/ })).toBeInTheDocument(),
    );
    await user.selectOptions(select, 'batch-7');
    expect(screen.queryByRole('combobox', { name: 'Bahasa dokumen' })).not.toBeInTheDocument();
    await user.click(box()!);
    const language = screen.getByRole('combobox', { name: 'Bahasa dokumen' });
    expect(language).toHaveValue('id');
    await user.selectOptions(language, 'en');
    await user.type(screen.getByLabelText(/^Frasa sandi/), 'kantor-samarinda-2026');
    await user.type(screen.getByLabelText(/^Ulangi frasa sandi/), 'kantor-samarinda-2026');
    await user.click(screen.getByRole('button', { name: 'Buat paket' }));
    expect(await screen.findByTestId('export-done-pdfs')).toHaveTextContent('2 PDF disertakan.');
    // With PDFs the package is made in the background: started once with exactly these options.
    expect(calls.filter((c) => c.name === 'exchange.exportStart').map((c) => c.input)).toEqual([
      {
        scope: { kind: 'batch', batchId: 'batch-7' },
        encrypt: true,
        passphrase: 'kantor-samarinda-2026',
        withPdfs: true,
        pdfLanguage: 'en',
      },
    ]);
    expect(calls.filter((c) => c.name === 'exchange.exportStatus').map((c) => c.input)).toEqual([{ jobId: 'job-1' }]);
    expect(calls.some((c) => c.name === 'exchange.export')).toBe(false);
    expect(URL.createObjectURL).toHaveBeenCalledTimes(1);
  });

  /** Batch 7 chosen, PDFs ticked, passphrase typed, "Buat paket" pressed. */
  async function exportWithPdfs(main: Parameters<typeof fakeMain>[0]) {
    const calls = fakeMain({
      'app.status': asRole('admin'),
      'batches.list': () => ok([BATCH]),
      'exchange.trusted.list': () => ok([]),
      'exchange.exportStart': () => ok({ jobId: 'job-1' }),
      ...main,
    });
    const { user } = renderApp();
    await user.click(await screen.findByLabelText('Satu batch beserta semua yang dibutuhkannya'));
    const select = screen.getByRole('combobox', { name: /^Batch/ });
    await waitFor(() =>
      expect(within(select).getByRole('option', { name: /Asesmen Administrator/ })).toBeInTheDocument(),
    );
    await user.selectOptions(select, 'batch-7');
    await user.click(box()!);
    await user.type(screen.getByLabelText(/^Frasa sandi/), 'kantor-samarinda-2026');
    await user.type(screen.getByLabelText(/^Ulangi frasa sandi/), 'kantor-samarinda-2026');
    await user.click(screen.getByRole('button', { name: 'Buat paket' }));
    return { calls, user };
  }

  it('shows how many PDFs are made while the package is built, then the finished package', async () => {
    let polls = 0;
    await exportWithPdfs({
      'exchange.exportStatus': () =>
        ok(++polls < 3 ? job({ done: 3, total: 10 }) : job({ state: 'done', done: 10, total: 10, result: EXPORTED })),
    });
    const progress = await screen.findByTestId('export-progress');
    await waitFor(() => expect(progress).toHaveTextContent('Membuat PDF 3 dari 10'));
    expect(within(progress).getByRole('progressbar', { name: 'Kemajuan pembuatan PDF' })).toHaveAttribute(
      'aria-valuenow',
      '30',
    );
    expect(await screen.findByTestId('export-done')).toHaveTextContent('asesa-BPSDM-KALTIM-batch.asesa');
    expect(screen.queryByTestId('export-progress')).not.toBeInTheDocument();
    expect(URL.createObjectURL).toHaveBeenCalledTimes(1);
  });

  it('cancels on "Batalkan": the job is cancelled by id, nothing is downloaded and the notice says so', async () => {
    let cancelled = false;
    const { calls, user } = await exportWithPdfs({
      'exchange.exportStatus': () =>
        ok(cancelled ? job({ state: 'cancelled', done: 4, total: 10 }) : job({ done: 3, total: 10 })),
      'exchange.exportCancel': () => {
        cancelled = true;
        return ok(job({ done: 3, total: 10 }));
      },
    });
    const progress = await screen.findByTestId('export-progress');
    await waitFor(() => expect(progress).toHaveTextContent('Membuat PDF 3 dari 10'));
    await user.click(within(progress).getByRole('button', { name: 'Batalkan' }));
    expect(await screen.findByTestId('export-cancelled')).toHaveTextContent('Dibatalkan; tidak ada paket yang dibuat.');
    expect(calls.filter((c) => c.name === 'exchange.exportCancel').map((c) => c.input)).toEqual([{ jobId: 'job-1' }]);
    expect(screen.queryByTestId('export-progress')).not.toBeInTheDocument();
    expect(screen.queryByTestId('export-done')).not.toBeInTheDocument();
    expect(URL.createObjectURL).not.toHaveBeenCalled();
  });

  it('follows the export again after the screen is left and reopened, and downloads the package once', async () => {
    let finished = false;
    const { calls, user } = await exportWithPdfs({
      'exchange.exportStatus': () =>
        ok(finished ? job({ state: 'done', done: 10, total: 10, result: EXPORTED }) : job({ done: 3, total: 10 })),
    });
    await waitFor(() => expect(screen.getByTestId('export-progress')).toHaveTextContent('Membuat PDF 3 dari 10'));
    await user.click(screen.getByRole('tab', { name: 'Terima paket' }));
    await waitFor(() => expect(screen.queryByTestId('export-progress')).not.toBeInTheDocument());
    expect(useAppStore.getState().pendingJobs.package).toBe('job-1');

    await user.click(screen.getByRole('tab', { name: 'Kirim paket' }));
    await waitFor(() => expect(screen.getByTestId('export-progress')).toHaveTextContent('Membuat PDF 3 dari 10'));
    finished = true;
    expect(await screen.findByTestId('export-done')).toHaveTextContent('asesa-BPSDM-KALTIM-batch.asesa');
    expect(URL.createObjectURL).toHaveBeenCalledTimes(1);
    expect(calls.filter((c) => c.name === 'exchange.exportStart')).toHaveLength(1);
    expect(useAppStore.getState().pendingJobs.package).toBeUndefined();
  });

  it('forgets a pending export at sign-out, so the next user never receives it', async () => {
    fakeMain({ 'auth.logout': () => ok({ loggedOut: true }), 'app.status': asRole('admin') });
    useAppStore.setState({ pendingJobs: { package: 'job-9', 'pdf:batch-7': 'job-8' } });
    await useAppStore.getState().logout();
    expect(useAppStore.getState().pendingJobs).toEqual({});
  });

  it("shows the main side's reason when the job fails", async () => {
    await exportWithPdfs({
      'exchange.exportStatus': () =>
        ok(job({ state: 'failed', error: { code: 'BAD_INPUT', message: 'paket terlalu besar' } })),
    });
    await waitFor(() => expect(screen.getByTestId('error-alert')).toHaveTextContent('paket terlalu besar'));
    expect(screen.queryByTestId('export-done')).not.toBeInTheDocument();
    expect(URL.createObjectURL).not.toHaveBeenCalled();
  });

  it('shows a refusal at start without polling', async () => {
    const { calls } = await exportWithPdfs({
      'exchange.exportStart': () => fail('VALIDATION', 'batch belum memiliki hasil penilaian'),
    });
    await waitFor(() =>
      expect(screen.getByTestId('error-alert')).toHaveTextContent('batch belum memiliki hasil penilaian'),
    );
    expect(calls.some((c) => c.name === 'exchange.exportStatus')).toBe(false);
    expect(screen.getByRole('button', { name: 'Buat paket' })).toBeEnabled();
  });

  it('does not send the option when the scope is changed away from the batch after ticking it', async () => {
    const calls = fakeMain({
      'app.status': asRole('admin'),
      'batches.list': () => ok([BATCH]),
      'exchange.trusted.list': () => ok([]),
      'exchange.export': () => ok({ ...EXPORTED, pdfs: [] }),
    });
    const { user } = renderApp();
    await user.click(await screen.findByLabelText('Satu batch beserta semua yang dibutuhkannya'));
    await user.click(box()!);
    await user.click(screen.getByLabelText('Seluruh basis data'));
    expect(box()).not.toBeInTheDocument();
    await user.type(screen.getByLabelText(/^Frasa sandi/), 'kantor-samarinda-2026');
    await user.type(screen.getByLabelText(/^Ulangi frasa sandi/), 'kantor-samarinda-2026');
    await user.click(screen.getByRole('button', { name: 'Buat paket' }));
    await screen.findByTestId('export-done');
    expect(calls.find((c) => c.name === 'exchange.export')?.input).toEqual({
      scope: { kind: 'full' },
      encrypt: true,
      passphrase: 'kantor-samarinda-2026',
    });
    expect(screen.queryByTestId('export-done-pdfs')).not.toBeInTheDocument();
  });
});

describe('Pertukaran Data › PDFs in the import preview', () => {
  beforeEach(() => {
    window.location.hash = '#/exchange/import';
  });

  async function open(
    shown: ReturnType<typeof preview>,
    save: () => Envelope<ChannelOutput<'exchange.savePdfs'>> = () =>
      ok({ folder: '/data/exports/package-1', files: ['a.pdf', 'b.pdf'] }),
  ) {
    const calls = fakeMain({
      'app.status': asRole('admin'),
      'exchange.preview': () => ok(shown),
      'exchange.savePdfs': save,
    });
    const view = renderApp();
    await screen.findByRole('button', { name: /Berkas paket/ });
    const input = document.querySelector<HTMLInputElement>('input[type="file"]');
    if (!input) throw new Error('no file input');
    await view.user.upload(input, new File([ENCRYPTED_FILE], 'batch.asesa'));
    await view.user.type(await screen.findByLabelText(/^Frasa sandi paket/), 'kantor-samarinda-2026');
    await view.user.click(screen.getByRole('button', { name: 'Buka dan periksa paket' }));
    await screen.findByTestId('exchange-preview');
    return { calls, ...view };
  }

  it('lists the PDFs by name with their count, and saves them by preview id only', async () => {
    const { calls, user } = await open(WITH_PDFS);
    const list = screen.getByTestId('preview-pdfs');
    expect(within(list).getByRole('heading', { name: 'PDF dalam paket (2)' })).toBeInTheDocument();
    expect(list).toHaveTextContent('idp-001-198001012005011001-andi.pdf');
    expect(list).toHaveTextContent('rekap-asesmen-administrator-2026.pdf');
    await user.click(within(list).getByRole('button', { name: 'Simpan PDF ke folder ekspor' }));
    expect(await screen.findByTestId('pdfs-saved')).toHaveTextContent('2 PDF disimpan di /data/exports/package-1');
    // The renderer names no path: only the preview id crosses.
    expect(calls.find((c) => c.name === 'exchange.savePdfs')?.input).toEqual({ previewId: 'pv-1' });
  });

  it('shows no PDF section for a package without PDFs', async () => {
    await open(preview());
    expect(screen.queryByTestId('preview-pdfs')).not.toBeInTheDocument();
  });

  it('shows the main side refusal when saving fails', async () => {
    const { user } = await open(WITH_PDFS, () => fail('CONFLICT', '2 berkas PDF sudah ada'));
    await user.click(screen.getByRole('button', { name: 'Simpan PDF ke folder ekspor' }));
    await waitFor(() => expect(screen.getByTestId('error-alert')).toHaveTextContent('2 berkas PDF sudah ada'));
    expect(screen.queryByTestId('pdfs-saved')).not.toBeInTheDocument();
  });
});
