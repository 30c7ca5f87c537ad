import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openAppDatabase } from '../electron/db/app-db';
import type { Db } from '../electron/db/connection';
import { participantWriter, type ParticipantValues } from '../electron/repositories/participant';
import { searchParticipants, searchTerms } from '../electron/repositories/participant-search';
import type { ServiceContext } from '../electron/services/context';
import { applyImport } from '../electron/services/participants-apply';
import { planImport } from '../electron/services/participants-import';
import { readParticipantTable } from '../electron/services/participant-file';
import { generateParticipants, participantsCsv } from './participants-data';
import { median, millis, percentile, seconds, type Bench, type Figure } from './types';

const ROWS = 50_000;
const RUNS = 3;
const SEARCHES = 200;

function freshDb(dir: string, name: string): Db {
  return openAppDatabase(path.join(dir, `${name}.db`)).db;
}

/** User+system CPU seconds this process spent since `from`. */
const cpuSeconds = (from: NodeJS.CpuUsage) => {
  const d = process.cpuUsage(from);
  return (d.user + d.system) / 1e6;
};

const ctxFor = (db: Db): ServiceContext => ({ db, session: { user: null, lastActivity: Date.now() } });

/** The same rows, already validated, for the baseline: what a bare insert costs. */
async function validatedRows(bytes: Uint8Array, dir: string): Promise<ParticipantValues[]> {
  const db = freshDb(dir, 'plan');
  try {
    const plan = planImport(
      db,
      await readParticipantTable('p.csv', bytes),
      undefined,
      new Date().toISOString().slice(0, 10),
    );
    if (plan.preview.counts.rejected) throw new Error(`generator made ${plan.preview.counts.rejected} invalid rows`);
    return plan.inserts;
  } finally {
    db.close();
  }
}

/** Search over 50,000 rows: the FTS5 trigram path the app uses, and a LIKE scan for comparison. */
function likeScan(db: Db, query: string): number {
  const where = searchTerms(query)
    .map(() => '(name LIKE ? OR nip LIKE ? OR unit LIKE ?)')
    .join(' AND ');
  const args = searchTerms(query).flatMap((t) => [`%${t}%`, `%${t}%`, `%${t}%`]);
  db.prepare(`SELECT count(*) FROM participant WHERE deleted_at IS NULL AND ${where}`).get(...args);
  return db
    .prepare(
      `SELECT * FROM participant WHERE deleted_at IS NULL AND ${where} ORDER BY name COLLATE NOCASE, id LIMIT 50`,
    )
    .all(...args).length;
}

function queries(db: Db): string[] {
  const rows = db.prepare('SELECT name, nip, unit FROM participant ORDER BY rowid').all() as {
    name: string;
    nip: string;
    unit: string;
  }[];
  const out: string[] = [];
  for (let i = 0; out.length < SEARCHES; i += 251) {
    const r = rows[i % rows.length]!;
    const [first, last] = r.name.split(' ');
    // A mix of what people type: a surname, part of a name, first+surname, a NIP prefix, a unit word.
    out.push(
      [last!, last!.slice(1, 5), `${first} ${last}`, r.nip.slice(0, 8), r.unit.split(' ')[1] ?? r.unit][
        out.length % 5
      ]!,
    );
  }
  return out;
}

export const participantsBench: Bench = {
  name: 'participants',
  async run(): Promise<Figure[]> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'asesa-bench-'));
    try {
      const bytes = new Uint8Array(Buffer.from(participantsCsv(generateParticipants(ROWS)), 'utf-8'));
      const values = await validatedRows(bytes, dir);
      const importTimes: number[] = [];
      const baseTimes: number[] = [];
      const importCpu: number[] = [];
      const baseCpu: number[] = [];
      let searchDb: Db | null = null;
      for (let run = 0; run < RUNS; run++) {
        const base = freshDb(dir, `base-${run}`);
        let start = process.hrtime.bigint();
        let cpu = process.cpuUsage();
        base.transaction(() => {
          const writer = participantWriter(base, null);
          for (const v of values) writer.insert(v);
        })();
        baseTimes.push(seconds(start));
        baseCpu.push(cpuSeconds(cpu));
        base.close();

        const db = freshDb(dir, `import-${run}`);
        start = process.hrtime.bigint();
        cpu = process.cpuUsage();
        const result = await applyImport(ctxFor(db), { fileName: 'peserta.csv', bytes }, 'all-or-nothing');
        importTimes.push(seconds(start));
        importCpu.push(cpuSeconds(cpu));
        if (result.counts.new !== ROWS) throw new Error(`imported ${result.counts.new} of ${ROWS}`);
        if (run === 0) searchDb = db;
        else db.close();
      }
      const importS = median(importTimes);
      const baseS = median(baseTimes);

      const db = searchDb!;
      const qs = queries(db);
      const fts: number[] = [];
      const like: number[] = [];
      let hits = 0;
      for (const q of qs) {
        let start = process.hrtime.bigint();
        hits += searchParticipants(db, q, 0, 50).rows.length;
        fts.push(millis(start));
        start = process.hrtime.bigint();
        likeScan(db, q);
        like.push(millis(start));
      }
      db.close();
      if (hits === 0) throw new Error('search found nothing');
      return [
        {
          name: 'participants.import.50k',
          value: importS,
          unit: 's',
          baseline: baseS,
          target: { text: '< 3 s, ≤ 4x', met: importS < 3 && importS / baseS <= 4 },
          note: `median of ${RUNS}; CSV ${(bytes.length / 1024 ** 2).toFixed(1)} MB, parse+validate+diff+insert`,
        },
        {
          name: 'participants.import.50k.cpu',
          value: median(importCpu),
          unit: 's',
          baseline: median(baseCpu),
          note: 'CPU time of this process (user+system): less sensitive than wall time to other load on the machine',
        },
        {
          name: 'participants.search.50k.median',
          value: median(fts),
          unit: 'ms',
          target: { text: '< 20 ms', met: median(fts) < 20 },
          note: `${SEARCHES} queries, FTS5 trigram, count + first page of 50`,
        },
        { name: 'participants.search.50k.p95', value: percentile(fts, 95), unit: 'ms' },
        {
          name: 'participants.search.50k.like-scan.median',
          value: median(like),
          unit: 'ms',
          note: `comparison only: LIKE '%…%' over every row (p95 ${percentile(like, 95).toFixed(1)} ms)`,
        },
      ];
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};
