import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeMain, renderApp, resetApp, status } from './harness';
import { BATCH, IDP, MATRIX } from './results-fakes';

beforeEach(async () => {
  await resetApp();
  window.location.hash = '#/idp-reports';
});

const job = (over: Record<string, unknown>) => ({
  jobId: 'job-1',
  state: 'running' as const,
  done: 3,
  total: 24,
  written: 3,
  skipped: 0,
  folder: '/data/Asesa/exports/idp-x',
  error: null,
  ...over,
});

/** A batch with results and one IDP; the export starts as job-1; `over` adds its status (and cancel). */
function world(over: Parameters<typeof fakeMain>[0]) {
  return fakeMain({
    'app.status': () => ({ ok: true, value: status() }),
    'batches.list': () => ({ ok: true, value: [BATCH] }),
    'results.list': () => ({ ok: true, value: MATRIX }),
    'idp.get': () => ({ ok: true, value: IDP }),
    'pdf.exportStart': () => ({ ok: true, value: { jobId: 'job-1' } }),
    ...over,
  });
}

describe('IDP & Laporan: batch export', () => {
  it('shows progress while the export runs and cancels it on request', async () => {
    let cancelled = false;
    const calls = world({
      'pdf.exportStatus': () => ({ ok: true, value: cancelled ? job({ state: 'cancelled', done: 5, written: 5 }) : job({}) }),
      'pdf.exportCancel': () => {
        cancelled = true;
        return { ok: true, value: job({}) };
      },
    });
    const { user } = renderApp();
    await user.click(await screen.findByRole('button', { name: 'Ekspor semua IDP' }));
    const progress = await screen.findByTestId('export-progress');
    await waitFor(() => expect(progress).toHaveTextContent('3 / 24'));
    expect(within(progress).getByRole('progressbar', { name: 'Kemajuan ekspor PDF' })).toHaveAttribute('aria-valuenow', '12.5');
    await user.click(within(progress).getByRole('button', { name: 'Batalkan ekspor' }));
    expect(await screen.findByTestId('export-cancelled')).toHaveTextContent('5 berkas sempat ditulis');
    expect(calls.filter((c) => c.name === 'pdf.exportCancel').map((c) => c.input)).toEqual([{ jobId: 'job-1' }]);
    expect(calls.find((c) => c.name === 'pdf.exportStart')?.input).toEqual({ batchId: 'batch-1', kind: 'idp', language: 'id' });
  });

  it('follows the export again after leaving the screen and coming back, then shows the folder', async () => {
    let finished = false;
    const calls = world({
      'pdf.exportStatus': () => ({
        ok: true,
        value: finished ? job({ state: 'done', done: 24, written: 24 }) : job({}),
      }),
    });
    const { user } = renderApp();
    await user.click(await screen.findByRole('button', { name: 'Ekspor semua IDP' }));
    await waitFor(() => expect(screen.getByTestId('export-progress')).toHaveTextContent('3 / 24'));
    await user.click(screen.getByRole('link', { name: 'Beranda' }));
    await waitFor(() => expect(screen.queryByTestId('export-progress')).not.toBeInTheDocument());

    await user.click(screen.getByRole('link', { name: 'IDP & Laporan' }));
    await waitFor(() => expect(screen.getByTestId('export-progress')).toHaveTextContent('3 / 24'));
    finished = true;
    expect(await screen.findByTestId('export-result')).toHaveTextContent('/data/Asesa/exports/idp-x');
    expect(screen.getByRole('button', { name: 'Ekspor semua IDP' })).toBeEnabled();
    expect(calls.filter((c) => c.name === 'pdf.exportStart')).toHaveLength(1);
  });
});
