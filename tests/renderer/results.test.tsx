import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeMain, renderApp, resetApp, status } from './harness';
import { BATCH, MATRIX } from './results-fakes';

beforeEach(async () => {
  await resetApp();
  window.location.hash = '#/results';
});

function world() {
  return fakeMain({
    'app.status': () => ({ ok: true, value: status() }),
    'batches.list': () => ({ ok: true, value: [BATCH] }),
    'results.list': () => ({ ok: true, value: MATRIX }),
    'results.compute': () => ({ ok: true, value: { computed: 3, changed: 1, unchanged: 2, pending: [] } }),
    'results.talentPool': () => ({ ok: true, value: [] }),
  });
}

describe('Hasil & Talenta', () => {
  it('colours each matrix cell by its gap and shows JPM and category', async () => {
    world();
    renderApp();
    const table = await screen.findByTestId('results-matrix');
    const tone = (nip: string, c: string) => within(table).getByTestId(`cell-${nip}-${c}`).dataset.tone;
    expect(tone('198501012010011001', 'INT')).toBe('ok');
    expect(tone('198501012010011001', 'KS')).toBe('ok');
    expect(tone('198702022011012002', 'KS')).toBe('short');
    expect(tone('199003032012013003', 'INT')).toBe('far');
    // The cell says its level, standard and gap to a screen reader.
    expect(within(table).getByTestId('cell-199003032012013003-INT').getAttribute('aria-label')).toBe(
      'Level 1, standar 3, kesenjangan -2',
    );
    expect(within(table).getByTestId('jpm-198501012010011001').textContent).toBe('100%');
    expect(within(table).getByTestId('jpm-198702022011012002').textContent).toBe('85,7%');
    expect(within(table).getByTestId('category-198702022011012002').textContent).toBe('MS');
    expect(within(table).getByTestId('category-199003032012013003').textContent).toBe('MMS');
  });

  it('computes results for the picked batch on request', async () => {
    const calls = world();
    const { user } = renderApp();
    await screen.findByTestId('results-matrix');
    await user.click(screen.getByRole('button', { name: 'Hitung hasil' }));
    expect(await screen.findByText('3 hasil dihitung (1 berubah, 2 tetap).')).toBeTruthy();
    expect(calls.find((c) => c.name === 'results.compute')?.input).toEqual({ batchId: 'batch-1' });
  });

  it('draws the nine-box the ASN way: 4-7-9 on top, people in their numbered boxes', async () => {
    world();
    const { user } = renderApp();
    await screen.findByTestId('results-matrix');
    await user.click(screen.getByRole('tab', { name: 'Nine-box' }));
    const grid = await screen.findByTestId('nine-box');
    const rows = within(grid).getAllByRole('row').slice(1);
    const order = rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.dataset.testid));
    expect(order).toEqual([
      ['nine-box-4', 'nine-box-7', 'nine-box-9'],
      ['nine-box-2', 'nine-box-5', 'nine-box-8'],
      ['nine-box-1', 'nine-box-3', 'nine-box-6'],
    ]);
    expect(within(rows[0]!).getByRole('rowheader').textContent).toBe('Di atas ekspektasi');
    expect(within(screen.getByTestId('nine-box-9')).getByText('Andi Wijaya')).toBeTruthy();
    expect(within(screen.getByTestId('nine-box-4')).getByText('Budi Santoso')).toBeTruthy();
    expect(within(screen.getByTestId('nine-box-3')).getByText('Citra Lestari')).toBeTruthy();
    expect(screen.getByTestId('nine-box-7-count').textContent).toBe('0 orang');
    expect(within(screen.getByTestId('nine-box-9')).getByText(/Dipromosikan dan dipertahankan/)).toBeTruthy();
  });

  it('saves a kinerja category for one participant', async () => {
    const calls = fakeMain({
      'app.status': () => ({ ok: true, value: status() }),
      'batches.list': () => ({ ok: true, value: [BATCH] }),
      'results.list': () => ({ ok: true, value: MATRIX }),
      'results.setPerformance': () => ({ ok: true, value: { ...MATRIX.rows[2]!, kinerja: 'sesuai', nineBox: 5 } }),
    });
    const { user } = renderApp();
    await screen.findByTestId('results-matrix');
    await user.click(screen.getByRole('tab', { name: 'Kinerja' }));
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Kinerja Citra Lestari' }), 'sesuai');
    expect(await screen.findByText('Kinerja Citra Lestari disimpan.')).toBeTruthy();
    expect(calls.find((c) => c.name === 'results.setPerformance')?.input).toEqual({
      batchId: 'batch-1',
      participantId: 'p-3',
      kinerja: 'sesuai',
    });
  });

  it('imports kinerja from a CSV and lists the problems by row', async () => {
    const calls = fakeMain({
      'app.status': () => ({ ok: true, value: status() }),
      'batches.list': () => ({ ok: true, value: [BATCH] }),
      'results.list': () => ({ ok: true, value: MATRIX }),
      'results.importPerformance': () => ({
        ok: true,
        value: {
          updated: 2,
          unchanged: 0,
          problems: [{ row: 4, column: 'NIP', message: 'NIP 1999 bukan peserta kegiatan ini' }],
        },
      }),
    });
    const { user } = renderApp();
    await screen.findByTestId('results-matrix');
    await user.click(screen.getByRole('tab', { name: 'Kinerja' }));
    const file = new File(['NIP;Kinerja\n198501012010011001;di atas ekspektasi\n'], 'kinerja.csv', {
      type: 'text/csv',
    });
    await screen.findByText('Berkas CSV');
    // Mantine's FileInput keeps the real <input type="file"> hidden behind its button.
    await user.upload(document.querySelector<HTMLInputElement>('input[type="file"]')!, file);
    await user.click(screen.getByRole('button', { name: 'Impor' }));
    const outcome = await screen.findByTestId('kinerja-import-outcome');
    expect(outcome.textContent).toContain('2 diperbarui, 0 tetap.');
    expect(outcome.textContent).toContain('Baris 4, NIP: NIP 1999 bukan peserta kegiatan ini');
    const input = calls.find((c) => c.name === 'results.importPerformance')?.input as {
      fileName: string;
      contentBase64: string;
    };
    expect(input.fileName).toBe('kinerja.csv');
    expect(atob(input.contentBase64)).toContain('198501012010011001;di atas ekspektasi');
  });
});
