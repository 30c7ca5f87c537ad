import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ImportRecord } from '../../shared/contract/channels/exchange';
import { fakeMain, renderApp, resetApp } from './harness';
import { FINGERPRINT } from './exchange-fakes';
import { asRole, fail, ok } from './settings-fakes';

const RECORD: ImportRecord = {
  importId: 'imp-2',
  packageId: '01938f2a-0000-7000-8000-00000000abcd',
  signerCode: 'BKPSDM-SMD',
  signerName: 'BKPSDM Kota Samarinda',
  fingerprint: FINGERPRINT,
  importedAt: '2026-11-23T05:00:00.000Z',
  importedBy: 'user-1',
  counts: [{ table: 'participant', inserted: 3, updated: 2, unchanged: 0, keptMine: 1, localNewer: 0 }],
  undoneAt: null,
};
const EXPORT_ENTRY = {
  seq: 9,
  at: '2026-11-23T04:00:00.000Z',
  actorId: 'user-1',
  actorName: 'Siti Rahmawati',
  action: 'exchange.export',
  entity: 'package',
  entityId: '01938f2a-1111-7000-8000-00000000ffff',
  oldValue: null,
  newValue: JSON.stringify({
    scope: { kind: 'since', sinceOfficeCode: 'BKPSDM-SMD' },
    counts: { participant: 4, rating: 6 },
  }),
};

const IMPORT_ENTRY = {
  ...EXPORT_ENTRY,
  seq: 10,
  action: 'exchange.import',
  entityId: RECORD.packageId,
  newValue: null,
};

beforeEach(async () => {
  await resetApp();
  window.location.hash = '#/exchange/history';
});

describe('Pertukaran Data › history', () => {
  it('lists imports (signer, counts, who) and exports (scope, rows, who)', async () => {
    const calls = fakeMain({
      'app.status': asRole('admin'),
      'exchange.history': () => ok([RECORD]),
      'audit.list': (input) =>
        ok((input as { action: string }).action === 'exchange.export' ? [EXPORT_ENTRY] : [IMPORT_ENTRY]),
    });
    renderApp();
    const row = await screen.findByTestId('import-row');
    expect(row).toHaveTextContent('BKPSDM Kota Samarinda (BKPSDM-SMD)');
    expect(row).toHaveTextContent('3 ditambah, 2 diperbarui, 1 dipertahankan');
    expect(row).toHaveTextContent('Siti Rahmawati');
    const exported = screen.getByTestId('export-row');
    expect(exported).toHaveTextContent('Perubahan sejak paket terakhir yang dikirim ke satu kantor: BKPSDM-SMD');
    expect(exported).toHaveTextContent('10');
    expect(calls.find((c) => c.name === 'audit.list')?.input).toMatchObject({ action: 'exchange.export' });
  });

  it('undoes the last import after a confirmation, and shows the refusal when rows changed since', async () => {
    let refuse = true;
    let record = RECORD;
    const calls = fakeMain({
      'app.status': asRole('admin'),
      'exchange.history': () => ok([record]),
      'audit.list': () => ok([]),
      'exchange.undoLast': () => {
        if (refuse)
          return fail('CONFLICT', 'Impor tidak dapat dibatalkan: baris participant p-1 telah diubah sesudahnya.');
        record = { ...RECORD, undoneAt: '2026-11-23T06:00:00.000Z' };
        return ok({ importId: 'imp-2', packageId: RECORD.packageId, restoredRows: 6 });
      },
    });
    const { user } = renderApp();
    await screen.findByTestId('import-row');
    await user.click(screen.getByRole('button', { name: 'Batalkan impor terakhir' }));
    let dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('BKPSDM Kota Samarinda (BKPSDM-SMD)');
    await user.click(within(dialog).getByRole('button', { name: 'Ya, batalkan impor' }));
    await waitFor(() => expect(within(dialog).getByTestId('error-alert')).toHaveTextContent('telah diubah sesudahnya'));
    await user.click(within(dialog).getByRole('button', { name: 'Batal' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    refuse = false;
    await user.click(screen.getByRole('button', { name: 'Batalkan impor terakhir' }));
    dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Ya, batalkan impor' }));
    await waitFor(() => expect(screen.getByTestId('import-row')).toHaveTextContent('Dibatalkan'));
    expect(screen.getByRole('button', { name: 'Batalkan impor terakhir' })).toBeDisabled();
    expect(calls.filter((c) => c.name === 'exchange.undoLast')).toHaveLength(2);
  });
});
