import { buildRegistry } from '../../electron/handlers';
import type { HandlerRegistry } from '../../electron/handlers/registry';
import type { Db } from '../../electron/db/connection';
import { insertLocalOffice } from '../../electron/repositories/office';
import type { ServiceContext } from '../../electron/services/context';
import { ensureSeeded } from '../../electron/services/dictionary-seed';
import { contextAs, tempDb, type TempDb } from '../helpers/db';
import { call } from '../helpers/scoring-world';

/** A second installation: its own office (code), its own seeded dictionary, its own coordinator. */
export function otherOffice(code = 'BKPSDM-SMD'): {
  t: TempDb;
  registry: HandlerRegistry;
  coordinator: ServiceContext;
} {
  const t = tempDb();
  insertLocalOffice(t.db, {
    name: `Kantor ${code}`,
    code,
    province: 'Kalimantan Timur',
    agency: 'Pemerintah Kota Samarinda',
  });
  ensureSeeded(t.db);
  const coordinator = contextAs(t.db, 'coordinator', `koordinator-${code.toLowerCase()}`);
  return { t, registry: buildRegistry(t.db, () => {}), coordinator };
}

/** Every row of every table (FTS shadow tables and SQLite's own excepted), as sorted JSON lines. */
export function dumpAll(db: Db): Record<string, unknown[]> {
  const tables = (
    db
      .prepare(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts%' ORDER BY name",
      )
      .all() as { name: string }[]
  ).map((r) => r.name);
  // Sorted by content: some tables are WITHOUT ROWID, and order is not what is compared.
  return Object.fromEntries(
    tables.map((t) => [
      t,
      (db.prepare(`SELECT * FROM "${t}"`).all() as unknown[]).map((r) => JSON.stringify(r)).sort(),
    ]),
  );
}

const BATCH_TABLES: [string, string][] = [
  ['batch', 'id = @b'],
  ['batch_member', 'batch_id = @b'],
  ['batch_participant', 'batch_id = @b'],
  ['participant', 'id IN (SELECT participant_id FROM batch_participant WHERE batch_id = @b)'],
  ['exercise', 'batch_id = @b'],
  ['exercise_competency', 'exercise_id IN (SELECT id FROM exercise WHERE batch_id = @b)'],
  ['assignment', 'batch_id = @b'],
  ['observation_note', 'assignment_id IN (SELECT id FROM assignment WHERE batch_id = @b)'],
  ['rating', 'assignment_id IN (SELECT id FROM assignment WHERE batch_id = @b)'],
  ['integration_decision', 'batch_id = @b'],
  ['integration_lock', 'batch_id = @b'],
  ['assessor_profile', 'user_id IN (SELECT user_id FROM batch_member WHERE batch_id = @b)'],
  ['position_standard_requirement', 'standard_id = (SELECT standard_id FROM batch WHERE id = @b)'],
  ['framework_version_usage', "used_by = 'batch:' || @b"],
];

/**
 * A canonical dump of one batch's rows. Framework versions are named by what identifies them in
 * every office (framework id number + version number), since each office seeds its own copy.
 */
export function dumpBatch(db: Db, batchId: string): Record<string, unknown[]> {
  const versionName = db
    .prepare(
      "SELECT f.id_number || '#' || v.number FROM framework_version v JOIN framework f ON f.id = v.framework_id WHERE v.id = ?",
    )
    .pluck();
  const out: Record<string, unknown[]> = {};
  for (const [table, where] of BATCH_TABLES) {
    const rows = db.prepare(`SELECT * FROM "${table}" WHERE ${where} ORDER BY 1`).all({ b: batchId }) as Record<
      string,
      unknown
    >[];
    out[table] = rows.map((r) => {
      for (const c of ['framework_version_id', 'version_id'])
        if (typeof r[c] === 'string') r[c] = versionName.get(r[c]);
      return r;
    });
  }
  out.user = db
    .prepare(
      'SELECT id, display_name, role, office_id, active, revision, updated_at, deleted_at FROM user WHERE id IN (SELECT user_id FROM batch_member WHERE batch_id = ?) ORDER BY id',
    )
    .all(batchId);
  return out;
}

export async function exportVia(
  registry: HandlerRegistry,
  ctx: ServiceContext,
  scope: unknown,
  passphrase = 'kata sandi rahasia',
) {
  return call<{ fileName: string; contentBase64: string; packageId: string }>(registry, ctx, 'exchange.export', {
    scope,
    encrypt: true,
    passphrase,
  });
}

export interface PreviewOut {
  previewId: string;
  packageId: string;
  signer: { code: string; fingerprint: string; trust: string };
  alreadyAppliedAt: string | null;
  tables: { table: string; new: number; changed: number; unchanged: number; conflict: number; localNewer: number }[];
  conflictCount: number;
  conflicts: {
    table: string;
    id: string;
    reason: string;
    mine: Record<string, unknown>;
    theirs: Record<string, unknown>;
  }[];
}

export async function previewVia(
  registry: HandlerRegistry,
  ctx: ServiceContext,
  contentBase64: string,
  passphrase = 'kata sandi rahasia',
) {
  return call<PreviewOut>(registry, ctx, 'exchange.preview', { contentBase64, passphrase });
}

export const countsOf = (p: PreviewOut, table: string) => p.tables.find((t) => t.table === table);
export const sum = (p: PreviewOut, k: 'new' | 'changed' | 'unchanged' | 'conflict' | 'localNewer') =>
  p.tables.reduce((n, t) => n + t[k], 0);
