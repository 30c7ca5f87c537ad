import { JENJANG, type JenjangCode } from '../../shared/domain/jenjang';
import {
  jenjangDefaults,
  type JenjangDefaults,
  type PositionStandard,
  type Requirement,
  type StandardFields,
} from '../../shared/schemas/position-standard';
import type { ErrorDetail } from '../../shared/contract/envelope';
import type { Db } from '../db/connection';
import { latestVersionRow, listFrameworkRows } from '../repositories/framework';
import { listNodes } from '../repositories/framework-node';
import {
  getStandard as findStandard,
  insertStandard,
  listStandards as findStandards,
  replaceRequirements,
  tombstoneStandard,
  updateStandardRow,
} from '../repositories/position-standard';
import { appendAudit } from './audit';
import type { ServiceContext } from './context';
import { detail } from './dictionary-messages';
import { AppError } from './errors';
import { requireFramework } from './framework';
import { getSetting } from './settings';

export const JENJANG_DEFAULTS_KEY = 'dictionary.jenjangDefaults';

const groupOf = (jenjang: JenjangCode) => JENJANG.find((j) => j.code === jenjang)!.group;
const actorOf = (ctx: ServiceContext) => ctx.session.user?.id ?? null;

/** The competency nodes (not retired) of the framework's latest version, by id number. */
function competenciesOf(db: Db, frameworkId: string): Map<string, { retired: boolean }> {
  requireFramework(db, frameworkId);
  const version = latestVersionRow(db, frameworkId);
  const nodes = version ? listNodes(db, version.id) : [];
  return new Map(nodes.filter((n) => n.kind === 'competency').map((n) => [n.idNumber, { retired: n.retired }]));
}

/** Levels 1–5 are enforced by the schema; here: each competency exists in the framework, once. */
function checkRequirements(db: Db, frameworkId: string, requirements: readonly Requirement[]): void {
  const known = competenciesOf(db, frameworkId);
  const seen = new Set<string>();
  const details: ErrorDetail[] = [];
  requirements.forEach((r, i) => {
    if (!known.has(r.competency))
      details.push(detail(db, `requirements.${i}.competency`, 'notACompetency', { id: r.competency }));
    if (seen.has(r.competency))
      details.push(detail(db, `requirements.${i}.competency`, 'listedTwice', { id: r.competency }));
    seen.add(r.competency);
  });
  if (details.length > 0) throw new AppError('VALIDATION', {}, details);
}

function requireStandard(db: Db, id: string): PositionStandard {
  const s = findStandard(db, id);
  if (!s) throw new AppError('NOT_FOUND');
  return s;
}

export function listStandards(
  ctx: ServiceContext,
  filter: { frameworkId?: string; jenjang?: string } = {},
): PositionStandard[] {
  return findStandards(ctx.db, filter);
}

export function getStandard(ctx: ServiceContext, id: string): PositionStandard {
  return requireStandard(ctx.db, id);
}

function create(
  ctx: ServiceContext,
  fields: StandardFields,
  extra: { isDefault: boolean; verify: boolean; copiedFrom: string | null },
  action = 'create',
): PositionStandard {
  return ctx.db.transaction(() => {
    checkRequirements(ctx.db, fields.frameworkId, fields.requirements);
    const id = insertStandard(ctx.db, { ...fields, group: groupOf(fields.jenjang), ...extra });
    replaceRequirements(ctx.db, id, fields.requirements);
    const created = requireStandard(ctx.db, id);
    appendAudit(ctx.db, {
      actorId: actorOf(ctx),
      action,
      entity: 'position_standard',
      entityId: id,
      newValue: created,
    });
    return created;
  })();
}

export function createStandard(ctx: ServiceContext, fields: StandardFields): PositionStandard {
  return create(ctx, fields, { isDefault: false, verify: false, copiedFrom: null });
}

export function updateStandard(
  ctx: ServiceContext,
  id: string,
  fields: StandardFields & { verify?: boolean },
): PositionStandard {
  return ctx.db.transaction(() => {
    const old = requireStandard(ctx.db, id);
    checkRequirements(ctx.db, fields.frameworkId, fields.requirements);
    updateStandardRow(ctx.db, id, {
      ...fields,
      group: groupOf(fields.jenjang),
      isDefault: old.isDefault,
      verify: fields.verify ?? old.verify,
    });
    replaceRequirements(ctx.db, id, fields.requirements);
    const updated = requireStandard(ctx.db, id);
    appendAudit(ctx.db, {
      actorId: actorOf(ctx),
      action: 'update',
      entity: 'position_standard',
      entityId: id,
      oldValue: old,
      newValue: updated,
    });
    return updated;
  })();
}

/** A new, editable standard with the same content; it remembers where it came from. */
export function copyStandard(ctx: ServiceContext, id: string, name?: string): PositionStandard {
  const src = requireStandard(ctx.db, id);
  const fields: StandardFields = {
    name: name ?? `${src.name} (salinan)`,
    jenjang: src.jenjang,
    unit: src.unit,
    agency: src.agency,
    frameworkId: src.frameworkId,
    requirements: src.requirements,
  };
  return create(ctx, fields, { isDefault: false, verify: src.verify, copiedFrom: src.id }, 'copy');
}

/** Removes a standard (tombstone); batches that already used it keep showing it. */
export function deleteStandard(ctx: ServiceContext, id: string): { deleted: true } {
  return ctx.db.transaction(() => {
    const old = requireStandard(ctx.db, id);
    tombstoneStandard(ctx.db, id);
    appendAudit(ctx.db, {
      actorId: actorOf(ctx),
      action: 'delete',
      entity: 'position_standard',
      entityId: id,
      oldValue: old,
    });
    return { deleted: true as const };
  })();
}

export function jenjangDefaultTable(db: Db): JenjangDefaults | null {
  const parsed = jenjangDefaults.safeParse(getSetting<unknown>(db, JENJANG_DEFAULTS_KEY, null));
  return parsed.success ? parsed.data : null;
}

export function defaultLevelFor(db: Db, jenjang: JenjangCode): number {
  const level = jenjangDefaultTable(db)?.defaults.find((d) => d.jenjang === jenjang)?.level;
  if (level === undefined) throw new AppError('NOT_FOUND', {}, [detail(db, 'jenjang', 'noDefaultLevel', { jenjang })]);
  return level;
}

/** Every (non-retired) competency of the framework at the jenjang's default level. */
export function defaultRequirements(db: Db, frameworkId: string, jenjang: JenjangCode): Requirement[] {
  const level = defaultLevelFor(db, jenjang);
  return [...competenciesOf(db, frameworkId)]
    .filter(([, c]) => !c.retired)
    .map(([competency]) => ({ competency, level, weight: null }));
}

export function createFromJenjang(
  ctx: ServiceContext,
  input: { name: string; jenjang: JenjangCode; unit: string; agency: string; frameworkId?: string | undefined },
): PositionStandard {
  const frameworkId = input.frameworkId ?? listFrameworkRows(ctx.db)[0]?.id;
  if (!frameworkId) throw new AppError('NOT_FOUND', {}, [detail(ctx.db, 'frameworkId', 'noFramework')]);
  const fields: StandardFields = {
    name: input.name,
    jenjang: input.jenjang,
    unit: input.unit,
    agency: input.agency,
    frameworkId,
    requirements: defaultRequirements(ctx.db, frameworkId, input.jenjang),
  };
  // The levels come from the default table, which is itself flagged "to verify".
  return create(
    ctx,
    fields,
    { isDefault: false, verify: jenjangDefaultTable(ctx.db)?.verify ?? true, copiedFrom: null },
    'create-from-jenjang',
  );
}

export function listJenjangDefaults(ctx: ServiceContext) {
  const table = jenjangDefaultTable(ctx.db);
  return {
    note: table?.note ?? { id: '', en: '' },
    verify: table?.verify ?? true,
    defaults: JENJANG.flatMap((j) => {
      const d = table?.defaults.find((x) => x.jenjang === j.code);
      return d
        ? [
            {
              jenjang: j.code,
              group: j.group,
              label: j.label,
              level: d.level,
              basis: typeof d.basis === 'string' ? { id: d.basis, en: d.basis } : d.basis,
            },
          ]
        : [];
    }),
  };
}
