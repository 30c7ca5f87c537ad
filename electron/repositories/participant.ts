import type { Db } from '../db/connection';
import type { JenjangCode } from '../../shared/domain/jenjang';
import type { NipKind, Sex } from '../../shared/domain/nip';
import { rankName } from '../../shared/domain/ranks';
import type { Participant } from '../../shared/schemas/participant';
import { newId, nowIso } from '../services/ids';

export interface ParticipantRow {
  id: string;
  kind: NipKind;
  nip: string;
  name: string;
  title_before: string | null;
  title_after: string | null;
  sex: Sex;
  birth_date: string;
  golongan: string | null;
  jabatan: string | null;
  jenjang: JenjangCode | null;
  unit: string | null;
  agency: string | null;
  email: string | null;
  phone: string | null;
  created_at: string;
  updated_at: string;
  updated_by_office: string | null;
  revision: number;
  deleted_at: string | null;
}

/** The columns a user or an import writes (everything but bookkeeping). */
export type ParticipantValues = Pick<
  ParticipantRow,
  | 'kind'
  | 'nip'
  | 'name'
  | 'title_before'
  | 'title_after'
  | 'sex'
  | 'birth_date'
  | 'golongan'
  | 'jabatan'
  | 'jenjang'
  | 'unit'
  | 'agency'
  | 'email'
  | 'phone'
>;

export const VALUE_COLUMNS = [
  'kind',
  'nip',
  'name',
  'title_before',
  'title_after',
  'sex',
  'birth_date',
  'golongan',
  'jabatan',
  'jenjang',
  'unit',
  'agency',
  'email',
  'phone',
] as const satisfies readonly (keyof ParticipantValues)[];

export const toParticipant = (r: ParticipantRow): Participant => ({
  id: r.id,
  kind: r.kind,
  nip: r.nip,
  name: r.name,
  titleBefore: r.title_before,
  titleAfter: r.title_after,
  sex: r.sex,
  birthDate: r.birth_date,
  golongan: r.golongan,
  golonganName: r.golongan ? rankName(r.golongan) : null,
  jabatan: r.jabatan,
  jenjang: r.jenjang,
  unit: r.unit,
  agency: r.agency,
  email: r.email,
  phone: r.phone,
  revision: r.revision,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export function findParticipant(db: Db, id: string): ParticipantRow | undefined {
  return db.prepare('SELECT * FROM participant WHERE id = ? AND deleted_at IS NULL').get(id) as
    ParticipantRow | undefined;
}

export function findParticipantByNip(db: Db, nip: string): ParticipantRow | undefined {
  return db.prepare('SELECT * FROM participant WHERE nip = ? AND deleted_at IS NULL').get(nip) as
    ParticipantRow | undefined;
}

/** Every live participant whose NIP is in `nips`, keyed by NIP; one query per 500 NIPs. */
export function participantsByNip(db: Db, nips: readonly string[]): Map<string, ParticipantRow> {
  const out = new Map<string, ParticipantRow>();
  for (let i = 0; i < nips.length; i += 500) {
    const chunk = nips.slice(i, i + 500);
    const rows = db
      .prepare(`SELECT * FROM participant WHERE deleted_at IS NULL AND nip IN (${chunk.map(() => '?').join(',')})`)
      .all(...chunk) as ParticipantRow[];
    for (const r of rows) out.set(r.nip, r);
  }
  return out;
}

const INSERT_SQL = `INSERT INTO participant (id, ${VALUE_COLUMNS.join(', ')}, created_at, updated_at, updated_by_office)
  VALUES (?, ${VALUE_COLUMNS.map(() => '?').join(', ')}, ?, ?, ?)`;

const UPDATE_SQL = `UPDATE participant SET ${VALUE_COLUMNS.map((c) => `${c} = ?`).join(', ')},
  updated_at = ?, updated_by_office = ?, revision = revision + 1 WHERE id = ? AND deleted_at IS NULL`;

const ordered = (v: ParticipantValues) => VALUE_COLUMNS.map((c) => v[c]);

/**
 * Prepared writers for bulk use (imports): prepared once, run per row with positional
 * parameters. All rows written through one writer share one timestamp: they are one change.
 */
export function participantWriter(db: Db, office: string | null, now = nowIso()) {
  const insert = db.prepare(INSERT_SQL);
  const update = db.prepare(UPDATE_SQL);
  return {
    insert(values: ParticipantValues): string {
      const id = newId();
      insert.run(id, ...ordered(values), now, now, office);
      return id;
    },
    update(id: string, values: ParticipantValues): void {
      update.run(...ordered(values), now, office, id);
    },
  };
}

export function tombstoneParticipant(db: Db, id: string, office: string | null): void {
  const now = nowIso();
  db.prepare(
    'UPDATE participant SET deleted_at = ?, updated_at = ?, updated_by_office = ?, revision = revision + 1 WHERE id = ? AND deleted_at IS NULL',
  ).run(now, now, office, id);
}

export function allLiveParticipants(db: Db): ParticipantRow[] {
  return db
    .prepare('SELECT * FROM participant WHERE deleted_at IS NULL ORDER BY name COLLATE NOCASE, id')
    .all() as ParticipantRow[];
}
