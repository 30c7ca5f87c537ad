import type { Envelope } from '../../shared/contract';
import type { AssignmentWork, NoteView, RubricRow, WorkspaceItem } from '../../shared/schemas/scoring';
import { ADMIN } from './harness';

/** Fixtures for the assessor's screens: a BEI measuring Integritas and Kerja Sama. */
export const ASSESSOR = { ...ADMIN, id: 'as-1', username: 'rina', displayName: 'Rina Asesor', role: 'assessor' as const };
export const COORDINATOR = { ...ADMIN, id: 'co-1', username: 'budi', displayName: 'Budi Santoso', role: 'coordinator' as const };

export function item(over: Partial<WorkspaceItem> = {}): WorkspaceItem {
  return {
    assignmentId: 'asg-1',
    batchId: 'batch-1',
    batchName: 'Asesmen Administrator 2026',
    batchStatus: 'running',
    participant: { id: 'p-1', nip: '198501012010011001', name: 'Andi Wijaya' },
    exercise: { id: 'ex-1', name: 'Wawancara Perilaku', kind: 'bei', durationMinutes: 90 },
    day: '2026-12-01',
    start: '08:00',
    end: '09:30',
    room: 'R1',
    status: 'in-progress',
    ...over,
  };
}

function row(code: string, name: string): RubricRow {
  return {
    competency: code,
    name: { id: name, en: name },
    levels: [1, 2, 3, 4, 5].map((level) => ({
      level,
      description: { id: `${name} level ${level}`, en: `${name} level ${level}` },
      indicators: [1, 2].map((n) => ({
        idNumber: `${code}.${level}.${n}`,
        name: `${level}.${n}`,
        description: { id: `Perilaku ${name} ${level}.${n}`, en: `Behaviour ${name} ${level}.${n}` },
      })),
    })),
    taggedNotes: 0,
    positive: 0,
    negative: 0,
    evidenceLevel: null,
    rating: null,
  };
}

export function work(over: Partial<AssignmentWork> = {}): AssignmentWork {
  return {
    assignment: item(),
    halfLevels: false,
    submittedAt: null,
    rubric: [row('INT', 'Integritas'), row('KS', 'Kerja Sama')],
    notes: [],
    ...over,
  };
}

export function note(over: Partial<NoteView> = {}): NoteView {
  return {
    id: '0193a3b0-0000-7000-8000-000000000001',
    assignmentId: 'asg-1',
    observedAt: '2026-12-01T01:05:00.000Z',
    updatedAt: '2026-12-01T01:05:00.000Z',
    text: 'Menolak hadiah dari rekanan dan melapor ke atasan',
    competency: 'INT',
    indicator: 'INT.3.1',
    indicatorLevel: 3,
    polarity: 'positive',
    revision: 1,
    ...over,
  };
}

/** notes.save as the main side answers it: the note back, as stored. */
export function savedNote(input: unknown): Envelope<NoteView> {
  const i = input as { id: string; text: string; competency: string | null; indicator: string | null; polarity: NoteView['polarity'] };
  return {
    ok: true,
    value: note({
      id: i.id,
      text: i.text,
      competency: i.competency,
      indicator: i.indicator,
      polarity: i.polarity,
      indicatorLevel: i.indicator ? Number(i.indicator.split('.')[1]) : null,
    }),
  };
}

export const GUIDE = {
  competency: 'INT',
  mainQuestion: { id: 'Ceritakan saat Anda menghadapi godaan melanggar aturan.', en: 'Tell me about a temptation to break a rule.' },
  probes: {
    situation: [{ id: 'Kapan dan di mana?', en: 'When and where?' }],
    task: [{ id: 'Apa tanggung jawab Anda?', en: 'What was your responsibility?' }],
    action: [{ id: 'Apa yang Anda lakukan?', en: 'What did you do?' }],
    result: [{ id: 'Apa hasilnya?', en: 'What was the result?' }],
  },
  lookFors: [{ id: 'Menolak dengan tegas', en: 'Refuses firmly' }],
  redFlags: [{ id: 'Membenarkan pelanggaran', en: 'Justifies the breach' }],
  updatedAt: '2026-11-01T00:00:00.000Z',
  revision: 1,
};
