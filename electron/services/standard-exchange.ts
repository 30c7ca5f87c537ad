import { JENJANG } from '../../shared/domain/jenjang';
import type { PositionStandard, Requirement } from '../../shared/schemas/position-standard';
import { uuidV5 } from '../codecs/case-ids';
import type { CaseStandard } from '../codecs/types';
import type { Db } from '../db/connection';
import {
  getStandard,
  insertStandard,
  listStandards,
  replaceRequirements,
  updateStandardRow,
} from '../repositories/position-standard';
import { appendAudit } from './audit';
import { newId } from './ids';

/** How the standards of a CASE file compare with this database's (shown in the import preview). */
export interface StandardCounts {
  new: number;
  changed: number;
  unchanged: number;
}

interface Match {
  incoming: CaseStandard;
  existing: PositionStandard | null;
  changed: boolean;
}

const requirementKey = (rs: readonly Requirement[]) =>
  JSON.stringify(
    [...rs].sort((a, b) => a.competency.localeCompare(b.competency)).map((r) => [r.competency, r.level, r.weight]),
  );

/** Order of requirements carries no meaning; every field the file carries does. */
function same(existing: PositionStandard, s: CaseStandard): boolean {
  return (
    existing.name === s.name &&
    existing.jenjang === s.jenjang &&
    existing.unit === s.unit &&
    existing.agency === s.agency &&
    existing.verify === s.verify &&
    requirementKey(existing.requirements) === requirementKey(s.requirements)
  );
}

/**
 * When the file's id is taken here (a standard deleted locally leaves its tombstone), the
 * standard is stored under an id derived from it, so the next import of the file finds it again.
 */
const derivedId = (id: string) => uuidV5(`position-standard:${id}`);

/**
 * Identity: a default standard is THE default of its jenjang in the framework (each database
 * seeds its own, with its own id); any other standard is the one with the id it was created with.
 */
function match(db: Db, frameworkId: string | null, incoming: readonly CaseStandard[]): Match[] {
  const existing = frameworkId ? listStandards(db, { frameworkId }) : [];
  return incoming.map((s) => {
    const found =
      existing.find((e) =>
        s.isDefault
          ? e.isDefault && e.jenjang === s.jenjang
          : !e.isDefault && (e.id === s.id || e.id === derivedId(s.id)),
      ) ?? null;
    return { incoming: s, existing: found, changed: found !== null && !same(found, s) };
  });
}

function count(matches: readonly Match[]): StandardCounts {
  return {
    new: matches.filter((m) => m.existing === null).length,
    changed: matches.filter((m) => m.changed).length,
    unchanged: matches.filter((m) => m.existing !== null && !m.changed).length,
  };
}

export function planStandards(db: Db, frameworkId: string | null, incoming: readonly CaseStandard[]): StandardCounts {
  return count(match(db, frameworkId, incoming));
}

/** Not taken by any row here, tombstones and other frameworks' standards included. */
const idFree = (db: Db, id: string) => db.prepare('SELECT 1 FROM position_standard WHERE id = ?').get(id) === undefined;

/** Defaults get a local id (they are matched by jenjang); others keep theirs when they can. */
function newStandardId(db: Db, s: CaseStandard): string {
  if (s.isDefault) return newId();
  return [s.id, derivedId(s.id)].find((id) => idFree(db, id)) ?? newId();
}

/**
 * Brings the framework's standards to the file's: new ones are inserted (keeping their id, so
 * the next import of the same file finds them), changed ones updated, equal ones left alone.
 * Standards of this database that the file does not mention are kept: a CASE file is not a
 * list of deletions. Runs inside the caller's import transaction.
 */
export function applyStandards(
  db: Db,
  input: { actorId: string | null; frameworkId: string; fileName: string; standards: readonly CaseStandard[] },
): StandardCounts {
  const matches = match(db, input.frameworkId, input.standards);
  for (const m of matches) {
    if (m.existing !== null && !m.changed) continue;
    const s = m.incoming;
    const record = {
      name: s.name,
      group: JENJANG.find((j) => j.code === s.jenjang)!.group,
      jenjang: s.jenjang,
      unit: s.unit,
      agency: s.agency,
      frameworkId: input.frameworkId,
      isDefault: s.isDefault,
      verify: s.verify,
    };
    const id = m.existing?.id ?? insertStandard(db, { ...record, copiedFrom: null }, newStandardId(db, s));
    if (m.existing) updateStandardRow(db, id, record);
    replaceRequirements(db, id, s.requirements);
    appendAudit(db, {
      actorId: input.actorId,
      action: 'import',
      entity: 'position_standard',
      entityId: id,
      oldValue: m.existing,
      newValue: { fileName: input.fileName, standard: getStandard(db, id) },
    });
  }
  return count(matches);
}
