import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeMain, renderApp, resetApp } from './harness';
import { BATCH } from './exchange-fakes';
import { asRole, fail, ok } from './settings-fakes';

beforeEach(async () => {
  await resetApp();
  window.location.hash = '#/exchange/tables';
  Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:table'), revokeObjectURL: vi.fn() });
});

describe('Pertukaran Data › result tables', () => {
  it('downloads a batch as XLSX and names the participants not yet complete', async () => {
    const calls = fakeMain({
      'app.status': asRole('coordinator'),
      'batches.list': () => ok([BATCH]),
      'exchange.resultsTable': (input) =>
        (input as { format: string }).format === 'xlsx'
          ? ok({ fileName: 'hasil.xlsx', contentBase64: btoa('PK'), missing: ['Andi Wijaya'] })
          : fail('NOT_FOUND', 'Batch tidak ditemukan.'),
    });
    const { user } = renderApp();
    const select = await screen.findByRole('combobox', { name: /^Batch/ });
    expect(screen.getByRole('button', { name: 'Unduh XLSX' })).toBeDisabled();
    await waitFor(() =>
      expect(within(select).getByRole('option', { name: /Asesmen Administrator/ })).toBeInTheDocument(),
    );
    await user.selectOptions(select, 'batch-7');
    await user.click(screen.getByRole('button', { name: 'Unduh XLSX' }));
    expect(await screen.findByTestId('table-done')).toHaveTextContent('Belum lengkap untuk: Andi Wijaya');
    expect(calls.find((c) => c.name === 'exchange.resultsTable')?.input).toEqual({
      batchId: 'batch-7',
      format: 'xlsx',
    });
    expect(URL.createObjectURL).toHaveBeenCalledTimes(1);

    await user.click(screen.getByRole('button', { name: 'Unduh CSV' }));
    expect(await screen.findByTestId('error-alert')).toHaveTextContent('Batch tidak ditemukan.');
  });
});
