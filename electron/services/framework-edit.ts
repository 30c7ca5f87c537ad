import type { z } from 'zod';
import type { FrameworkNode } from '../../shared/schemas/framework';
import type {
  EditResult,
  addIndicatorInput,
  addTechnicalInput,
  retireNodeInput,
  updateNodeInput,
} from '../../shared/schemas/dictionary';
import type { Db } from '../db/connection';
import { insertVersion, touchVersion, versionToHeader, type VersionRow } from '../repositories/framework';
import { getNode, insertNodes, listNodes, tombstoneNodes, updateNodeRow } from '../repositories/framework-node';
import { appendAudit } from './audit';
import type { ServiceContext } from './context';
import { detail } from './dictionary-messages';
import { AppError } from './errors';
import { requireFramework, requireLatestVersion } from './framework';

type Actor = string | null;
const actorOf = (ctx: ServiceContext): Actor => ctx.session.user?.id ?? null;

/**
 * The version edits go to: the latest one while no batch uses it (a draft), otherwise a new
 * version that copies every node, so what a batch used never changes.
 */
export function editableVersion(
  db: Db,
  frameworkId: string,
  actor: Actor,
  origin = 'edit',
): { version: VersionRow; created: boolean } {
  const latest = requireLatestVersion(db, frameworkId);
  if (latest.locked_at === null) return { version: latest, created: false };
  const fw = requireFramework(db, frameworkId);
  const version = insertVersion(db, {
    frameworkId,
    number: latest.number + 1,
    header: versionToHeader(latest, fw.id_number),
    createdBy: actor,
    origin,
  });
  insertNodes(db, version.id, listNodes(db, latest.id));
  appendAudit(db, {
    actorId: actor,
    action: 'create',
    entity: 'framework_version',
    entityId: version.id,
    newValue: { frameworkId, number: version.number, copiedFrom: latest.id },
  });
  return { version, created: true };
}

function requireNode(db: Db, versionId: string, idNumber: string, path = 'idNumber'): FrameworkNode {
  const node = getNode(db, versionId, idNumber);
  if (!node) throw new AppError('NOT_FOUND', {}, [detail(db, path, 'notInFramework', { id: idNumber })]);
  return node;
}

/** Runs one edit in a transaction against the editable version, audits it and reports where it went. */
function edit(
  ctx: ServiceContext,
  frameworkId: string,
  action: string,
  change: (versionId: string) => {
    entityId: string;
    oldValue?: unknown;
    newValue?: unknown;
    node: FrameworkNode | null;
  },
): EditResult {
  return ctx.db.transaction(() => {
    const { version, created } = editableVersion(ctx.db, frameworkId, actorOf(ctx));
    const done = change(version.id);
    touchVersion(ctx.db, version.id);
    appendAudit(ctx.db, {
      actorId: actorOf(ctx),
      action,
      entity: 'framework_node',
      entityId: `${version.id}:${done.entityId}`,
      oldValue: done.oldValue,
      newValue: done.newValue,
    });
    return { versionId: version.id, versionNumber: version.number, newVersion: created, node: done.node };
  })();
}

export function updateNode(ctx: ServiceContext, input: z.output<typeof updateNodeInput>): EditResult {
  return edit(ctx, input.frameworkId, 'update', (versionId) => {
    const old = requireNode(ctx.db, versionId, input.idNumber);
    const node = { ...old, name: input.name ?? old.name, description: input.description ?? old.description };
    updateNodeRow(ctx.db, versionId, node);
    return {
      entityId: node.idNumber,
      oldValue: { name: old.name, description: old.description },
      newValue: { name: node.name, description: node.description },
      node,
    };
  });
}

export function retireNode(ctx: ServiceContext, input: z.output<typeof retireNodeInput>): EditResult {
  return edit(ctx, input.frameworkId, input.retired ? 'retire' : 'reinstate', (versionId) => {
    const old = requireNode(ctx.db, versionId, input.idNumber);
    const node = { ...old, retired: input.retired };
    updateNodeRow(ctx.db, versionId, node);
    return { entityId: node.idNumber, oldValue: { retired: old.retired }, newValue: { retired: node.retired }, node };
  });
}

function assertFree(db: Db, versionId: string, idNumbers: readonly string[]): void {
  const taken = idNumbers.filter((id) => getNode(db, versionId, id));
  if (taken.length > 0)
    throw new AppError(
      'CONFLICT',
      { what: taken.join(', ') },
      taken.map((id) => detail(db, 'idNumber', 'alreadyExists', { id })),
    );
}

/**
 * A technical competency with the ASN structure: the competency, levels 1–5
 * ("<id>.L<n>") and numbered indicators ("<id>.<level>.<k>", named "<level>.<k>").
 */
export function addTechnical(ctx: ServiceContext, input: z.output<typeof addTechnicalInput>): EditResult {
  return edit(ctx, input.frameworkId, 'create', (versionId) => {
    const siblings = listNodes(ctx.db, versionId).filter((n) => n.parent === input.parent);
    if (input.parent !== null) requireNode(ctx.db, versionId, input.parent, 'parent');
    const base = { related: [], retired: false, moodleRule: null };
    const competency: FrameworkNode = {
      ...base,
      idNumber: input.idNumber,
      parent: input.parent,
      kind: 'competency',
      competencyType: 'teknis',
      level: null,
      name: input.name,
      description: input.description,
      sortOrder: siblings.reduce((m, n) => Math.max(m, n.sortOrder + 1), 0),
    };
    const nodes: FrameworkNode[] = [competency];
    input.levels.forEach((lvl, i) => {
      const level = i + 1;
      const levelId = `${input.idNumber}.L${level}`;
      nodes.push({
        ...base,
        idNumber: levelId,
        parent: input.idNumber,
        kind: 'level',
        competencyType: null,
        level,
        name: { id: `Level ${level}`, en: `Level ${level}` },
        description: lvl.description,
        sortOrder: i,
      });
      lvl.indicators.forEach((text, k) => {
        const code = `${level}.${k + 1}`;
        nodes.push({
          ...base,
          idNumber: `${input.idNumber}.${code}`,
          parent: levelId,
          kind: 'indicator',
          competencyType: null,
          level: null,
          name: { id: code, en: code },
          description: text,
          sortOrder: k,
        });
      });
    });
    assertFree(
      ctx.db,
      versionId,
      nodes.map((n) => n.idNumber),
    );
    insertNodes(ctx.db, versionId, nodes);
    return {
      entityId: input.idNumber,
      newValue: { competency, levels: input.levels.length, indicators: nodes.length - 6 },
      node: competency,
    };
  });
}

export function addIndicator(ctx: ServiceContext, input: z.output<typeof addIndicatorInput>): EditResult {
  return edit(ctx, input.frameworkId, 'create', (versionId) => {
    const level = requireNode(ctx.db, versionId, input.levelIdNumber, 'levelIdNumber');
    if (level.kind !== 'level')
      throw new AppError('VALIDATION', {}, [detail(ctx.db, 'levelIdNumber', 'notALevel', { id: level.idNumber })]);
    const siblings = listNodes(ctx.db, versionId).filter((n) => n.parent === level.idNumber);
    // ASN numbering "<competency>.<level>.<k>" when the level knows its number, else "<level>.<k>".
    const prefix = level.level !== null && level.parent !== null ? `${level.parent}.${level.level}` : level.idNumber;
    let k = siblings.length + 1;
    while (getNode(ctx.db, versionId, `${prefix}.${k}`)) k++;
    const code = level.level !== null ? `${level.level}.${k}` : String(k);
    const node: FrameworkNode = {
      idNumber: `${prefix}.${k}`,
      parent: level.idNumber,
      kind: 'indicator',
      competencyType: null,
      level: null,
      name: { id: code, en: code },
      description: input.description,
      sortOrder: siblings.reduce((m, n) => Math.max(m, n.sortOrder + 1), 0),
      related: [],
      retired: false,
      moodleRule: null,
    };
    insertNodes(ctx.db, versionId, [node]);
    return { entityId: node.idNumber, newValue: node, node };
  });
}

export function removeIndicator(ctx: ServiceContext, input: { frameworkId: string; idNumber: string }): EditResult {
  return edit(ctx, input.frameworkId, 'delete', (versionId) => {
    const old = requireNode(ctx.db, versionId, input.idNumber);
    if (old.kind !== 'indicator')
      throw new AppError('VALIDATION', {}, [detail(ctx.db, 'idNumber', 'notAnIndicator', { id: old.idNumber })]);
    if (listNodes(ctx.db, versionId).some((n) => n.parent === old.idNumber)) {
      throw new AppError('VALIDATION', {}, [detail(ctx.db, 'idNumber', 'hasChildren', { id: old.idNumber })]);
    }
    tombstoneNodes(ctx.db, versionId, [old.idNumber]);
    return { entityId: old.idNumber, oldValue: old, node: null };
  });
}
