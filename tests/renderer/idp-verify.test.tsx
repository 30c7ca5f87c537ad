import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { VerifyResult } from '../../shared/schemas/documents';
import { fakeMain, renderApp, resetApp, status } from './harness';
import { BATCH } from './results-fakes';

beforeEach(async () => {
  await resetApp();
  window.location.hash = '#/idp-reports';
});

const HASH = 'a'.repeat(64);
const verdict = (over: Partial<VerifyResult>): VerifyResult => ({
  verdict: 'match',
  fileName: 'laporan-001.pdf',
  document: {
    kind: 'report',
    language: 'id',
    documentNumber: '007/LAP/BPSDM-KALTIM/XI/2026',
    documentId: 'doc-1',
    printedHash: HASH,
    batchId: 'batch-1',
    participantId: 'p-1',
  },
  batchName: 'Asesmen Administrator 2026',
  participant: { name: 'Andi Pratama', nip: '198501012010011001' },
  localHash: HASH,
  ...over,
});

function world(
  reply: () => { ok: true; value: VerifyResult } | { ok: false; error: { code: 'BAD_INPUT'; message: string } },
) {
  return fakeMain({
    'app.status': () => ({ ok: true, value: status() }),
    'batches.list': () => ({ ok: true, value: [BATCH] }),
    'documents.verify': reply,
  });
}

/** Mantine's FileInput is a labelled button over a hidden <input type="file">: upload into the latter. */
async function pick(user: ReturnType<typeof renderApp>['user'], file: File) {
  await screen.findByRole('heading', { name: 'Periksa dokumen' });
  const input = document.querySelector<HTMLInputElement>('input[type="file"][accept*="pdf"]');
  if (!input) throw new Error('no file input');
  await user.upload(input, file);
}

describe('IDP & Laporan: Periksa dokumen', () => {
  it('sends the chosen PDF and shows a match in green with what the document says', async () => {
    const calls = world(() => ({ ok: true, value: verdict({}) }));
    const { user } = renderApp();
    await pick(
      user,
      new File([new Uint8Array([0x25, 0x50, 0x44, 0x46])], 'laporan-001.pdf', { type: 'application/pdf' }),
    );
    const shown = await screen.findByTestId('verify-verdict');
    expect(shown).toHaveAttribute('data-verdict', 'match');
    expect(shown.getAttribute('style')).toContain('green');
    expect(shown).toHaveTextContent('Cocok: data di basis data ini sama persis');
    expect(shown).toHaveTextContent('Laporan Hasil Penilaian Kompetensi');
    expect(shown).toHaveTextContent('007/LAP/BPSDM-KALTIM/XI/2026');
    expect(shown).toHaveTextContent('Andi Pratama (198501012010011001)');
    expect(calls.find((c) => c.name === 'documents.verify')?.input).toEqual({
      fileName: 'laporan-001.pdf',
      contentBase64: 'JVBERg==',
    });
  });

  it('shows a mismatch in red, and an unknown batch as not in this database', async () => {
    let next = verdict({ verdict: 'mismatch', localHash: 'b'.repeat(64) });
    world(() => ({ ok: true, value: next }));
    const { user } = renderApp();
    await pick(user, new File(['%PDF-'], 'idp.pdf'));
    const shown = await screen.findByTestId('verify-verdict');
    expect(shown).toHaveAttribute('data-verdict', 'mismatch');
    expect(shown.getAttribute('style')).toContain('red');
    expect(shown).toHaveTextContent('Tidak cocok');
    expect(shown).toHaveTextContent('b'.repeat(64));
    next = verdict({ verdict: 'unknown', batchName: null, participant: null, localHash: null });
    await pick(user, new File(['%PDF-'], 'lain.pdf'));
    await waitFor(() => expect(screen.getByTestId('verify-verdict')).toHaveAttribute('data-verdict', 'unknown'));
    expect(screen.getByTestId('verify-verdict')).toHaveTextContent('tidak ada di basis data ini');
  });

  it('shows the refusal of a damaged file, and refuses a file over 20 MB without sending it', async () => {
    const calls = world(() => ({
      ok: false,
      error: { code: 'BAD_INPUT', message: 'Berkas "rusak.pdf" terpotong: akhir PDF tidak ada.' },
    }));
    const { user } = renderApp();
    await pick(user, new File(['%PDF-1.3 cut'], 'rusak.pdf'));
    const panel = within(screen.getByRole('region', { name: 'Periksa dokumen' }));
    expect(await panel.findByTestId('error-alert')).toHaveTextContent('Berkas "rusak.pdf" terpotong');
    expect(screen.queryByTestId('verify-verdict')).not.toBeInTheDocument();
    const sent = calls.filter((c) => c.name === 'documents.verify').length;
    const big = new File(['x'], 'besar.pdf');
    Object.defineProperty(big, 'size', { value: 20 * 1024 * 1024 + 1 });
    await pick(user, big);
    await waitFor(() =>
      expect(panel.getByTestId('error-alert')).toHaveTextContent('Berkas "besar.pdf" terlalu besar (20.0 MB)'),
    );
    expect(calls.filter((c) => c.name === 'documents.verify')).toHaveLength(sent);
  });
});
