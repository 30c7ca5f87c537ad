import type { Db } from '../db/connection';
import type { ParticipantRow } from './participant';

/** Trigram FTS needs 3 characters; shorter name/unit terms are matched with LIKE. */
const MIN_FTS_TERM = 3;

/**
 * Splits a search box text into terms. A NIP typed with its printed spaces or dots
 * ("19660801 198803") becomes one digit term, so it matches the stored form.
 */
export function searchTerms(query: string): string[] {
  const q = query.trim();
  if (/^[\d\s.]+$/.test(q)) return q ? [q.replace(/[\s.]/g, '')] : [];
  return q.split(/\s+/).filter(Boolean);
}

const ftsPhrase = (term: string) => `"${term.replace(/"/g, '""')}"`;
const likeArg = (term: string) => `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export interface SearchPage {
  total: number;
  rows: ParticipantRow[];
}

const LIVE = 'SELECT rowid FROM participant WHERE deleted_at IS NULL AND';

/** Distinct unit names containing `term` (a few hundred names at most, so compared in JS). */
function unitsContaining(db: Db, term: string): string[] {
  const needle = term.toLocaleLowerCase('id');
  const units = db
    .prepare('SELECT DISTINCT unit FROM participant WHERE deleted_at IS NULL AND unit IS NOT NULL')
    .pluck()
    .all() as string[];
  return units.filter((u) => u.toLocaleLowerCase('id').includes(needle));
}

/**
 * The rowids one term matches. A digit term is a NIP prefix (a range on the unique index:
 * ':' sorts right after '9'). A longer term is part of a name (trigram FTS) or of a unit name
 * (matched among the distinct units, then looked up on the unit index). 1–2 characters: LIKE.
 */
function termRowids(db: Db, term: string): { sql: string; params: string[] } {
  if (/^\d+$/.test(term)) return { sql: `${LIVE} nip >= ? AND nip < ?`, params: [term, `${term}:`] };
  if (term.length < MIN_FTS_TERM) {
    const like = likeArg(term);
    return { sql: `${LIVE} (name LIKE ? ESCAPE '\\' OR unit LIKE ? ESCAPE '\\')`, params: [like, like] };
  }
  const units = unitsContaining(db, term);
  const byUnit = units.length ? ` UNION ${LIVE} unit IN (${units.map(() => '?').join(', ')})` : '';
  return {
    sql: `SELECT rowid FROM participant_fts WHERE participant_fts MATCH ?${byUnit}`,
    params: [ftsPhrase(term), ...units],
  };
}

/**
 * Live participants matching every term in name, NIP or unit, ordered by name, one page at a
 * time (offset/limit) for a virtualised list, with the total for the scroll bar. The matching
 * rowids are collected first (each term through an index, terms intersected), so only the hits
 * are sorted, never the whole table; the total comes from the same query (a window count).
 */
export function searchParticipants(db: Db, query: string, offset: number, limit: number): SearchPage {
  const terms = searchTerms(query).map((t) => termRowids(db, t));
  if (terms.length === 0) {
    const total = (db.prepare('SELECT count(*) AS n FROM participant WHERE deleted_at IS NULL').get() as { n: number })
      .n;
    const rows = db
      .prepare('SELECT * FROM participant WHERE deleted_at IS NULL ORDER BY name COLLATE NOCASE, id LIMIT ? OFFSET ?')
      .all(limit, offset) as ParticipantRow[];
    return { total, rows };
  }
  const hits = terms.map((t) => `SELECT * FROM (${t.sql})`).join(' INTERSECT ');
  const found = db
    .prepare(
      // Sort only (name, id, rowid) of the hits, then fetch whole rows for the one page:
      // a sorter full of complete rows was 2–3× slower.
      `WITH hit(rid) AS (${hits}),
       page(rid, total_hits) AS (
         SELECT p.rowid, count(*) OVER () FROM hit CROSS JOIN participant p ON p.rowid = hit.rid
         WHERE p.deleted_at IS NULL ORDER BY p.name COLLATE NOCASE, p.id LIMIT ? OFFSET ?)
       SELECT p.*, page.total_hits FROM page CROSS JOIN participant p ON p.rowid = page.rid
       ORDER BY p.name COLLATE NOCASE, p.id`,
    )
    .all(...terms.flatMap((t) => t.params), limit, offset) as (ParticipantRow & { total_hits: number })[];
  if (found.length === 0 && offset > 0) return { total: searchParticipants(db, query, 0, 1).total, rows: [] };
  return { total: found[0]?.total_hits ?? 0, rows: found.map(({ total_hits: _, ...row }) => row) };
}

/** Re-creates the search index from the table (after a restore or if it was ever out of step). */
export function rebuildParticipantSearch(db: Db): void {
  db.prepare("INSERT INTO participant_fts (participant_fts) VALUES ('rebuild')").run();
}
