import type { ChannelOutput } from '../../shared/contract';

/** The batch's framework version as frameworks.get answers it: only what the batch screens read (names). */
export const FRAMEWORK = {
  version: { id: 'fv-1' },
  snapshot: {
    framework: {},
    nodes: [
      { idNumber: 'INT', kind: 'competency', name: { id: 'Integritas', en: 'Integrity' } },
      { idNumber: 'KS', kind: 'competency', name: { id: 'Kerja Sama', en: 'Teamwork' } },
      { idNumber: 'KOM', kind: 'competency', name: { id: 'Komunikasi', en: 'Communication' } },
    ],
  },
} as unknown as ChannelOutput<'frameworks.get'>;
