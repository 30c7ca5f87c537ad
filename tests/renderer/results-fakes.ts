import type { BatchSummary } from '../../shared/schemas/batch';
import type { IdpView, ResultsMatrix, ResultView } from '../../shared/schemas/results';

/** A small batch: two competencies (standard 3 and 4), three participants with results. */
export const BATCH: BatchSummary = {
  id: 'batch-1',
  name: 'Asesmen Administrator 2026',
  purpose: 'pengisian',
  status: 'closed',
  standardId: 's-1',
  frameworkVersionId: 'fw-1',
  scoringRuleVersion: 'asesa-2026.1',
  startsOn: '2026-12-01',
  endsOn: '2026-12-02',
  venue: 'BPSDM Samarinda',
  participantCount: 3,
};

function result(n: number, nip: string, name: string, int: number, ks: number, over: Partial<ResultView>): ResultView {
  const achieved = int + ks;
  const jpm = Math.round((achieved / 7) * 1000) / 10;
  return {
    id: `r-${n}`,
    batchId: 'batch-1',
    participantId: `p-${n}`,
    number: n,
    nip,
    name,
    unit: 'Bappeda',
    ruleVersion: 'asesa-2026.1',
    jenjang: 'administrator',
    totalAchieved: achieved,
    totalRequired: 7,
    jpm,
    ikk: 100 - jpm,
    category: jpm >= 80 ? 'MS' : jpm >= 68 ? 'MMS' : 'KMS',
    gaps: [
      { competency: 'INT', required: 3, achieved: int, gap: int - 3 },
      { competency: 'KS', required: 4, achieved: ks, gap: ks - 4 },
    ],
    potensiScore: null,
    potentialBand: 'menengah',
    kinerja: null,
    nineBox: null,
    assessedOn: '2026-12-02',
    validUntil: '2029-12-02',
    expired: false,
    computedAt: '2026-12-03T00:00:00.000Z',
    revision: 1,
    ...over,
  };
}

export const ROWS: ResultView[] = [
  // Meets both: green, green; box 9 (di atas × tinggi).
  result(1, '198501012010011001', 'Andi Wijaya', 3, 4, { potentialBand: 'tinggi', kinerja: 'di-atas', nineBox: 9 }),
  // One short on KS: amber; box 4 (di atas × rendah).
  result(2, '198702022011012002', 'Budi Santoso', 3, 3, { potentialBand: 'rendah', kinerja: 'di-atas', nineBox: 4 }),
  // Two short on INT: red; box 3 (di bawah × menengah).
  result(3, '199003032012013003', 'Citra Lestari', 1, 4, { kinerja: 'di-bawah', nineBox: 3 }),
];

export const MATRIX: ResultsMatrix = {
  batchId: 'batch-1',
  purpose: 'pengisian',
  ruleVersion: 'asesa-2026.1',
  competencies: [
    { competency: 'INT', name: { id: 'Integritas', en: 'Integrity' }, required: 3 },
    { competency: 'KS', name: { id: 'Kerja Sama', en: 'Teamwork' }, required: 4 },
  ],
  rows: ROWS,
  pending: [],
  distribution: [
    { category: 'MS', count: 2 },
    { category: 'MMS', count: 1 },
    { category: 'KMS', count: 0 },
  ],
  averageGap: [
    { competency: 'INT', average: -0.7 },
    { competency: 'KS', average: -0.3 },
  ],
};

/** Budi's IDP: one gap (KS 3 → 4) with one 8-JP workshop in 2027, below the 20-JP minimum. */
export const IDP: IdpView = {
  id: 'idp-2',
  resultId: 'r-2',
  batchId: 'batch-1',
  participantId: 'p-2',
  nip: '198702022011012002',
  name: 'Budi Santoso',
  periodFrom: '2027-01-01',
  periodTo: '2027-12-31',
  status: 'draft',
  mentor: 'Ir. Hadi',
  supervisor: null,
  approvals: { assessee: null, supervisor: null },
  items: [
    {
      id: 'item-1',
      competency: 'KS',
      competencyName: { id: 'Kerja Sama', en: 'Teamwork' },
      required: 4,
      achieved: 3,
      target: 4,
      indicators: [{ idNumber: '4.1', text: { id: 'Membangun sinergi antarunit', en: 'Builds synergy across units' } }],
      evidence: 'Memimpin rapat lintas bidang',
      activities: [
        {
          id: 'act-1',
          formCode: 'workshop',
          formName: { id: 'Workshop / lokakarya', en: 'Workshop' },
          pillar: 10,
          provider: 'BPSDM',
          start: '2027-03-01',
          end: '2027-03-02',
          jp: 8,
        },
      ],
    },
  ],
  jpByYear: [{ year: 2027, jp: 8, belowMinimum: true }],
  jpWarning: true,
  revision: 3,
};
