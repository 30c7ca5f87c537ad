import type { ExchangePreview } from '../../shared/contract/channels/exchange';
import type { BatchSummary } from '../../shared/schemas/batch';

/** Shared fixtures of the Pertukaran Data tests (exchange-*.test.tsx). */
export const FINGERPRINT = Array.from({ length: 16 }, (_, i) => (0xa000 + i * 0x111).toString(16)).join(' ');

export const BATCH: BatchSummary = {
  id: 'batch-7',
  name: 'Asesmen Administrator 2026',
  purpose: 'pemetaan',
  status: 'planning',
  standardId: 'std-1',
  frameworkVersionId: 'fv-1',
  scoringRuleVersion: '1',
  startsOn: '2026-12-01',
  endsOn: '2026-12-03',
  venue: 'Samarinda',
  participantCount: 12,
};

/** base64 of "ASESA-ENC" + a few bytes: the renderer sees an encrypted package. */
export const ENCRYPTED_FILE: Uint8Array<ArrayBuffer> = new Uint8Array([
  ...new TextEncoder().encode('ASESA-ENC'),
  1,
  0,
  0,
  0,
  2,
  123,
  125,
]);

export function preview(over: Partial<ExchangePreview> = {}): ExchangePreview {
  return {
    previewId: 'pv-1',
    packageId: '01938f2a-0000-7000-8000-00000000abcd',
    createdAt: '2026-11-23T05:00:00.000Z',
    formatVersion: '1.0',
    appVersion: '0.1.0',
    encrypted: true,
    scope: { kind: 'full' },
    signer: {
      officeId: 'office-smd',
      code: 'BKPSDM-SMD',
      name: 'BKPSDM Kota Samarinda',
      fingerprint: FINGERPRINT,
      trust: 'trusted',
    },
    alreadyAppliedAt: null,
    pdfs: [],
    tables: [
      { table: 'participant', new: 3, changed: 1, unchanged: 5, conflict: 1, localNewer: 0 },
      { table: 'rating', new: 10, changed: 0, unchanged: 0, conflict: 2, localNewer: 1 },
    ],
    conflictCount: 3,
    conflicts: [
      {
        table: 'participant',
        id: 'p-1',
        reason: 'both-changed',
        mine: { id: 'p-1', name: 'Andi Wijaya', jabatan: 'Analis Kebijakan', revision: 3 },
        theirs: { id: 'p-1', name: 'Andi Wijaya, S.E.', jabatan: 'Analis Kebijakan', revision: 4 },
      },
      {
        table: 'rating',
        id: 'r-1',
        reason: 'owner',
        mine: { id: 'r-1', level: 3 },
        theirs: { id: 'r-1', level: 4 },
      },
      {
        table: 'rating',
        id: 'r-2',
        reason: 'owner',
        mine: { id: 'r-2', level: 2 },
        theirs: { id: 'r-2', level: null },
      },
    ],
    ...over,
  };
}
