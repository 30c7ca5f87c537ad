import asn from '../../resources/dictionary/asn-permenpan-38-2017.json';
import type { ChannelOutput } from '../../shared/contract';
import type { VersionSummary } from '../../shared/schemas/dictionary';
import { frameworkSnapshot, type FrameworkSnapshot } from '../../shared/schemas/framework';
import type { PositionStandard } from '../../shared/schemas/position-standard';

/** The seeded ASN dictionary as the main side would answer it (frameworks.* for a fake main). */
export const FRAMEWORK_ID = '01900000-0000-7000-8000-000000000001';
export const VERSION_ID = '01900000-0000-7000-8000-0000000000a1';

export function seededSnapshot(): FrameworkSnapshot {
  return frameworkSnapshot.parse(asn);
}

export function version(over: Partial<VersionSummary> = {}): VersionSummary {
  return {
    id: VERSION_ID,
    frameworkId: FRAMEWORK_ID,
    number: 1,
    locked: false,
    usedBy: [],
    origin: 'seed',
    createdAt: '2026-11-23T00:00:00.000Z',
    updatedAt: '2026-11-23T00:00:00.000Z',
    createdBy: null,
    nodeCount: 189,
    ...over,
  };
}

export function frameworkList(snapshot = seededSnapshot()): ChannelOutput<'frameworks.list'> {
  return [
    {
      id: FRAMEWORK_ID,
      idNumber: snapshot.framework.idNumber,
      name: snapshot.framework.name,
      verifyNote: snapshot.framework.verifyNote,
      versionCount: 1,
      latest: version(),
    },
  ];
}

export function standard(over: Partial<PositionStandard> = {}): PositionStandard {
  const competencies = ['INT', 'KS', 'KOM', 'OPH', 'PP', 'PDOL', 'MP', 'PK', 'PB'];
  return {
    id: '01900000-0000-7000-8000-0000000000b1',
    name: 'Kepala Bidang',
    group: 'administrasi',
    jenjang: 'administrator',
    unit: 'Bidang Pengembangan Kompetensi',
    agency: 'BPSDM Kaltim',
    frameworkId: FRAMEWORK_ID,
    isDefault: false,
    verify: true,
    copiedFrom: null,
    requirements: competencies.map((competency) => ({ competency, level: 3, weight: null })),
    createdAt: '2026-11-23T00:00:00.000Z',
    updatedAt: '2026-11-23T00:00:00.000Z',
    revision: 1,
    ...over,
  };
}

export const JENJANG_DEFAULTS: ChannelOutput<'standards.jenjangDefaults'> = {
  note: { id: 'PERLU VERIFIKASI', en: 'TO VERIFY' },
  verify: true,
  defaults: [
    { jenjang: 'administrator', group: 'administrasi', label: 'Administrator', level: 3, basis: { id: 'x', en: 'x' } },
    { jenjang: 'pengawas', group: 'administrasi', label: 'Pengawas', level: 2, basis: { id: 'x', en: 'x' } },
  ],
};
