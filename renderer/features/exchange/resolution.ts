import type { ExchangePreview, Resolutions } from '../../../shared/contract/channels/exchange';

export type Choice = 'mine' | 'theirs';

/** The user's decisions: per table, and per row ("<table>:<id>") overriding its table's. */
export interface Decisions {
  tables: Record<string, Choice>;
  rows: Record<string, Choice>;
}

export const NO_DECISIONS: Decisions = { tables: {}, rows: {} };

export const rowKey = (table: string, id: string) => `${table}:${id}`;

export function choiceFor(d: Decisions, table: string, id: string): Choice | undefined {
  return d.rows[rowKey(table, id)] ?? d.tables[table];
}

/** A table-wide choice replaces the rows' own choices of that table (the user just said "all"). */
export function chooseTable(d: Decisions, table: string, choice: Choice): Decisions {
  const rows = Object.fromEntries(Object.entries(d.rows).filter(([k]) => !k.startsWith(`${table}:`)));
  return { tables: { ...d.tables, [table]: choice }, rows };
}

export function chooseRow(d: Decisions, table: string, id: string, choice: Choice): Decisions {
  return { ...d, rows: { ...d.rows, [rowKey(table, id)]: choice } };
}

/**
 * Conflicts still without a decision. Conflicts beyond those the preview shows can only be
 * decided per table, so a table with more conflicts than rows shown needs its table choice.
 */
export function undecided(preview: ExchangePreview, d: Decisions): number {
  let open = 0;
  for (const table of preview.tables) {
    if (table.conflict === 0 || d.tables[table.table]) continue;
    const shown = preview.conflicts.filter((c) => c.table === table.table);
    const decided = shown.filter((c) => d.rows[rowKey(c.table, c.id)]).length;
    open += table.conflict - decided;
  }
  return open;
}

/** What exchange.apply receives: only what the user chose. */
export function toResolutions(d: Decisions): Resolutions {
  const out: Resolutions = {};
  if (Object.keys(d.tables).length > 0) out.tables = { ...d.tables };
  if (Object.keys(d.rows).length > 0) out.rows = { ...d.rows };
  return out;
}
