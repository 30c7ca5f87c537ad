import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openAppDatabase } from '../electron/db/app-db';
import type { Db } from '../electron/db/connection';
import { buildPackage } from '../electron/exchange/export';
import { tableShapes } from '../electron/exchange/tables';
import { insertLocalOffice } from '../electron/repositories/office';
import type { ServiceContext } from '../electron/services/context';
import { ensureSeeded } from '../electron/services/dictionary-seed';
import { applyPreview, previewPackage } from '../electron/services/exchange';
import { generateOfficeYear } from './exchange-data';
import { seconds, type Bench, type Figure } from './types';

const PASS = 'kata sandi bench';
const ctxFor = (db: Db): ServiceContext => ({ db, session: { user: null, lastActivity: Date.now() } });
/** User+system CPU seconds since `from`: on a shared machine, the figure that does not depend on the neighbours. */
const cpu = (from: NodeJS.CpuUsage) => {
  const d = process.cpuUsage(from);
  return `CPU ${((d.user + d.system) / 1e6).toFixed(2)} s`;
};

function receiver(dir: string, name: string): Db {
  const db = openAppDatabase(path.join(dir, `${name}.db`)).db;
  insertLocalOffice(db, {
    name: 'Kantor Penerima',
    code: 'BKPSDM-BENCH',
    province: 'Kalimantan Timur',
    agency: 'Pemkot',
  });
  ensureSeeded(db);
  return db;
}

/** Baseline: the same rows serialised as JSON (export) and parsed + inserted with plain prepared statements in one transaction (import). */
function baselines(source: Db, target: Db): { serialise: number; insert: number } {
  let start = process.hrtime.bigint();
  const dumps = tableShapes(source).map((s) => ({
    s,
    json: JSON.stringify(
      source
        .prepare(`SELECT ${s.columns.map((c) => `"${c}"`).join(', ')} FROM "${s.spec.table}"`)
        .raw(true)
        .all(),
    ),
  }));
  const serialise = seconds(start);
  start = process.hrtime.bigint();
  target.pragma('foreign_keys = OFF');
  target.transaction(() => {
    for (const { s, json } of dumps) {
      if (
        [
          'office',
          'framework',
          'framework_version',
          'framework_node',
          'position_standard',
          'position_standard_requirement',
        ].includes(s.spec.table)
      )
        continue;
      const cols = [...s.columns, ...Object.keys(s.spec.insertDefaults ?? {})];
      const stmt = target.prepare(
        `INSERT OR IGNORE INTO "${s.spec.table}" (${cols.map((c) => `"${c}"`).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`,
      );
      const extra = Object.values(s.spec.insertDefaults ?? {});
      for (const row of JSON.parse(json) as unknown[][]) stmt.run(...row, ...extra);
    }
  })();
  return { serialise, insert: seconds(start) };
}

export const exchangeBench: Bench = {
  name: 'exchange',
  async run(): Promise<Figure[]> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'asesa-bench-exchange-'));
    try {
      const source = openAppDatabase(path.join(dir, 'source.db')).db;
      let start = process.hrtime.bigint();
      const { rows } = generateOfficeYear(source);
      const generated = seconds(start);

      start = process.hrtime.bigint();
      let used = process.cpuUsage();
      const pkg = buildPackage(source, { scope: { kind: 'full' }, passphrase: PASS });
      const exportS = seconds(start);
      const exportCpu = cpu(used);

      const target = receiver(dir, 'target');
      start = process.hrtime.bigint();
      used = process.cpuUsage();
      const preview = previewPackage(ctxFor(target), pkg.bytes, PASS);
      const applied = applyPreview(ctxFor(target), {
        previewId: preview.previewId,
        resolutions: {},
        trustSigner: true,
      });
      const importS = seconds(start);
      const importCpu = cpu(used);
      const inserted = applied.tables.reduce((n, t) => n + t.inserted, 0);

      // The same content in a new package: every row is compared and found unchanged.
      const again = buildPackage(source, { scope: { kind: 'full' }, passphrase: PASS });
      start = process.hrtime.bigint();
      used = process.cpuUsage();
      const p2 = previewPackage(ctxFor(target), again.bytes, PASS);
      const re = applyPreview(ctxFor(target), { previewId: p2.previewId, resolutions: {}, trustSigner: false });
      const reimportS = seconds(start);
      const reimportCpu = cpu(used);
      const rewritten = re.tables.reduce((n, t) => n + t.inserted + t.updated, 0);

      const base = receiver(dir, 'baseline');
      const { serialise, insert } = baselines(source, base);
      for (const db of [source, target, base]) db.close();
      const mib = (pkg.bytes.length / 1024 / 1024).toFixed(1);
      return [
        {
          name: 'exchange.generate.office-year',
          value: generated,
          unit: 's',
          note: `${rows} rows (5,000 participants, 100 batches, 25,000 assignments, 150,000 ratings, 50,000 notes)`,
        },
        {
          name: 'exchange.export.full',
          value: exportS,
          unit: 's',
          baseline: serialise,
          target: { text: '< 10 s', met: exportS < 10 },
          note: `${exportCpu}; ${mib} MiB encrypted; baseline = SELECT + JSON.stringify`,
        },
        {
          name: 'exchange.import.empty',
          value: importS,
          unit: 's',
          baseline: insert,
          target: { text: '< 20 s', met: importS < 20 },
          note: `${importCpu}; ${inserted} rows inserted incl. pre-import backup; baseline = JSON.parse + prepared inserts, 1 transaction`,
        },
        {
          name: 'exchange.reimport.noop',
          value: reimportS,
          unit: 's',
          baseline: insert,
          target: { text: '< 10 s', met: reimportS < 10 && rewritten === 0 },
          note: `${reimportCpu}; ${rewritten} rows rewritten (same content, new package id)`,
        },
      ];
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};
