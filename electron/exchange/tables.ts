import type { Db } from '../db/connection';

type Value = string | number | null;

/**
 * Which tables travel between offices, in FK order (parents first). Adding a table to the
 * exchange is ONE entry here; a table that does not exist (yet) in a database is skipped, so
 * entries for later migrations are harmless. Columns come from the database (PRAGMA
 * table_info), foreign keys from PRAGMA foreign_key_list: nothing else needs listing.
 */
export interface ExchangeTable {
  table: string;
  /** Primary key column holding the row's UUID. */
  key: string;
  /** WHERE clause (with @batch) choosing the batch's own rows; parents they refer to are added automatically. */
  batch?: string;
  /** Columns that never leave this database (secrets, local state). */
  exclude?: readonly string[];
  /** Values for excluded NOT NULL columns when a row is first created here. */
  insertDefaults?: Readonly<Record<string, Value>>;
  /** Columns that travel for a first insert but then stay local: not compared, not overwritten. */
  localColumns?: readonly string[];
  /** A unique column that gets "@<office code>" appended when a new row's value is taken here. */
  uniqueOnInsert?: string;
  /**
   * Owner rule (ratings, notes): SQL giving the author user id of row `?`. A change to a row
   * whose author is a user of this office, when the row was also changed here, is always a
   * conflict for that person to decide — never an automatic overwrite.
   */
  owner?: string;
  /**
   * Columns that identify the same thing made independently in two offices (seeded reference
   * data). See identify.ts; rows matched this way keep the local id and content.
   */
  naturalKey?: readonly string[];
}

const inBatch = 'batch_id = @batch';
const ofAssignments = 'assignment_id IN (SELECT id FROM assignment WHERE batch_id = @batch)';

export const EXCHANGE_TABLES: readonly ExchangeTable[] = [
  { table: 'office', key: 'id', exclude: ['is_local'], insertDefaults: { is_local: 0 } },
  {
    table: 'user',
    key: 'id',
    // Identity only: a password never travels; imported people cannot log in here ('!' never verifies).
    exclude: ['password_hash', 'failed_attempts', 'locked_until'],
    insertDefaults: { password_hash: '!', failed_attempts: 0, locked_until: null },
    localColumns: ['username'],
    uniqueOnInsert: 'username',
    batch:
      'id IN (SELECT user_id FROM batch_member WHERE batch_id = @batch) OR id IN (SELECT assessor_id FROM assignment WHERE batch_id = @batch)',
  },
  {
    table: 'assessor_profile',
    key: 'user_id',
    batch: 'user_id IN (SELECT user_id FROM batch_member WHERE batch_id = @batch)',
  },
  { table: 'framework', key: 'id', naturalKey: ['id_number'] },
  { table: 'framework_version', key: 'id', naturalKey: ['framework_id', 'number'] },
  { table: 'framework_version_usage', key: 'id', batch: "used_by = 'batch:' || @batch" },
  {
    table: 'framework_node',
    key: 'id',
    naturalKey: ['version_id', 'id_number'],
    batch: 'version_id = (SELECT framework_version_id FROM batch WHERE id = @batch)',
  },
  { table: 'position_standard', key: 'id' },
  {
    table: 'position_standard_requirement',
    key: 'id',
    batch: 'standard_id = (SELECT standard_id FROM batch WHERE id = @batch)',
  },
  // The same civil servant registered in both offices is one person: the NIP says so.
  {
    table: 'participant',
    key: 'id',
    naturalKey: ['nip'],
    batch: 'id IN (SELECT participant_id FROM batch_participant WHERE batch_id = @batch)',
  },
  {
    table: 'privacy_ack',
    key: 'id',
    batch: 'participant_id IN (SELECT participant_id FROM batch_participant WHERE batch_id = @batch)',
  },
  { table: 'batch', key: 'id', batch: 'id = @batch' },
  { table: 'batch_member', key: 'id', batch: inBatch },
  { table: 'batch_participant', key: 'id', batch: inBatch },
  { table: 'exercise', key: 'id', batch: inBatch },
  {
    table: 'exercise_competency',
    key: 'id',
    batch: 'exercise_id IN (SELECT id FROM exercise WHERE batch_id = @batch)',
  },
  { table: 'assignment', key: 'id', batch: inBatch },
  {
    table: 'observation_note',
    key: 'id',
    batch: ofAssignments,
    owner: 'SELECT author_id FROM observation_note WHERE id = ?',
  },
  {
    table: 'rating',
    key: 'id',
    batch: ofAssignments,
    owner: 'SELECT a.assessor_id FROM rating r JOIN assignment a ON a.id = r.assignment_id WHERE r.id = ?',
  },
  { table: 'integration_decision', key: 'id', batch: inBatch },
  { table: 'integration_lock', key: 'id', batch: inBatch },
  { table: 'batch_interview_guide', key: 'id', batch: inBatch },
  { table: 'result', key: 'id', batch: inBatch },
  { table: 'idp', key: 'id', batch: `result_id IN (SELECT id FROM result WHERE ${inBatch})` },
  {
    table: 'idp_item',
    key: 'id',
    batch: `idp_id IN (SELECT i.id FROM idp i JOIN result r ON r.id = i.result_id WHERE r.${inBatch})`,
  },
  {
    table: 'idp_activity',
    key: 'id',
    batch: `item_id IN (SELECT t.id FROM idp_item t JOIN idp i ON i.id = t.idp_id JOIN result r ON r.id = i.result_id WHERE r.${inBatch})`,
  },
];

export interface ColumnInfo {
  name: string;
  type: string;
  notNull: boolean;
  hasDefault: boolean;
}

export interface ForeignKey {
  column: string;
  table: string;
  to: string;
}

/** A registry entry resolved against one database: its real columns and foreign keys. */
export interface TableShape {
  spec: ExchangeTable;
  /** Every column of the table. */
  all: ColumnInfo[];
  /** Columns that travel, in table order. */
  columns: string[];
  /** Columns compared and overwritten (travelling minus local ones), sorted for hashing. */
  hashColumns: string[];
  foreignKeys: ForeignKey[];
}

const shapes = new WeakMap<Db, TableShape[]>();

/** The registry as it applies to `db` (tables that exist), cached per connection. */
export function tableShapes(db: Db): TableShape[] {
  const cached = shapes.get(db);
  if (cached) return cached;
  const existing = new Set(
    (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name),
  );
  const result = EXCHANGE_TABLES.filter((t) => existing.has(t.table)).map((spec): TableShape => {
    const all = (
      db.pragma(`table_info(${spec.table})`) as {
        name: string;
        type: string;
        notnull: number;
        dflt_value: unknown;
        pk: number;
      }[]
    ).map((c) => ({
      name: c.name,
      type: c.type.toUpperCase(),
      notNull: c.notnull === 1 || c.pk === 1,
      hasDefault: c.dflt_value !== null,
    }));
    const columns = all.map((c) => c.name).filter((c) => !spec.exclude?.includes(c));
    const foreignKeys = (
      db.pragma(`foreign_key_list(${spec.table})`) as { from: string; table: string; to: string | null }[]
    ).map((f) => ({
      column: f.from,
      table: f.table,
      to: f.to ?? 'id',
    }));
    return {
      spec,
      all,
      columns,
      hashColumns: columns.filter((c) => !spec.localColumns?.includes(c)).sort(),
      foreignKeys,
    };
  });
  shapes.set(db, result);
  return result;
}

export function shapeOf(db: Db, table: string): TableShape | undefined {
  return tableShapes(db).find((s) => s.spec.table === table);
}
