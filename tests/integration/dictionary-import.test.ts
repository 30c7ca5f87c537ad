import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serializeMoodleCsv } from '../../electron/codecs/moodle-csv';
import { normaliseSnapshot } from '../../electron/codecs/tree';
import type { ServiceContext } from '../../electron/services/context';
import { getVersion, listFrameworks, listVersions, markVersionInUse } from '../../electron/services/framework';
import { applyImport, exportFramework, previewImport } from '../../electron/services/framework-exchange';
import { updateNode } from '../../electron/services/framework-edit';
import {
  createStandard,
  deleteStandard,
  getStandard,
  listStandards,
  updateStandard,
} from '../../electron/services/position-standard';
import type { StandardFields } from '../../shared/schemas/position-standard';
import { contextAs, tempDb, type TempDb } from '../helpers/db';
import { MOODLE_EXAMPLE, fixtureSnapshot, utf8 } from '../helpers/dictionary';
import { dictionaryDump, frameworkIdOf, seedFixture } from '../helpers/dictionary-db';

let t: TempDb;
let ctx: ServiceContext;

beforeEach(() => {
  t = tempDb();
  ctx = contextAs(t.db, 'coordinator');
});
afterEach(() => t.cleanup());

describe('export → import into an empty database gives the same dictionary', () => {
  it.each(['moodle', 'case'] as const)('%s', (format) => {
    seedFixture(t.db);
    const file = exportFramework(ctx, { format, frameworkId: frameworkIdOf(t.db) });
    expect(file.fileName).toBe(format === 'moodle' ? 'ASN-38-2017-v1.csv' : 'ASN-38-2017-v1.case.json');
    const other = tempDb();
    try {
      const otherCtx = contextAs(other.db, 'coordinator');
      const result = applyImport(otherCtx, file.fileName, utf8(file.content));
      expect(result).toMatchObject({ action: 'create-framework', versionNumber: 1, counts: { nodes: 48, new: 48 } });
      expect(getVersion(otherCtx, { versionId: result.versionId }).snapshot).toEqual(
        normaliseSnapshot(fixtureSnapshot()),
      );
    } finally {
      other.cleanup();
    }
  });
});

describe('import preview and apply', () => {
  it('imports Moodle’s example file as a new framework with 64 nodes', () => {
    const bytes = fs.readFileSync(MOODLE_EXAMPLE);
    expect(previewImport(ctx, 'oecd.csv', bytes)).toMatchObject({
      format: 'moodle',
      idNumber: 'OECD-CORE',
      action: 'create-framework',
      counts: { nodes: 64, new: 64 },
    });
    applyImport(ctx, 'oecd.csv', bytes);
    expect(listFrameworks(ctx).map((f) => [f.idNumber, f.latest.nodeCount])).toEqual([['OECD-CORE', 64]]);
    expect(t.db.prepare("SELECT action FROM audit_log WHERE entity = 'framework'").all()).toEqual([
      { action: 'import' },
    ]);
  });

  it('counts new/changed/unchanged/removed against the existing framework; re-import changes nothing', () => {
    seedFixture(t.db);
    const fwId = frameworkIdOf(t.db);
    const original = exportFramework(ctx, { format: 'case', frameworkId: fwId }).content;
    updateNode(ctx, { frameworkId: fwId, idNumber: 'INT.1.1', description: { id: 'lokal', en: 'local' } });
    const preview = previewImport(ctx, 'asn.json', utf8(original));
    expect(preview).toMatchObject({
      action: 'update-version',
      existingFrameworkId: fwId,
      counts: { nodes: 48, new: 0, changed: 1, unchanged: 47, removed: 0 },
    });
    const applied = applyImport(ctx, 'asn.json', utf8(original));
    expect(applied.versionNumber).toBe(1);
    const before = dictionaryDump(t.db);
    expect(applyImport(ctx, 'asn.json', utf8(original)).action).toBe('no-change');
    expect(dictionaryDump(t.db)).toEqual(before);
  });

  it('a framework in use gets a new version; the used one is untouched', () => {
    seedFixture(t.db);
    const fwId = frameworkIdOf(t.db);
    const v1 = listVersions(ctx, fwId)[0]!;
    const used = getVersion(ctx, { versionId: v1.id }).snapshot;
    markVersionInUse(t.db, v1.id, 'batch:x');
    const snap = fixtureSnapshot();
    snap.nodes = snap.nodes.filter((n) => n.idNumber !== 'PB.5.2');
    snap.nodes.find((n) => n.idNumber === 'INT')!.name.en = 'Integrity (edited)';
    const csv = exportFramework(ctx, { format: 'moodle', frameworkId: fwId }).content;
    expect(csv).toContain('PB.5.2');
    const result = applyImport(ctx, 'edited.csv', utf8(serializeMoodleCsv(snap)));
    expect(result).toMatchObject({ action: 'new-version', versionNumber: 2, counts: { changed: 1, removed: 1 } });
    expect(getVersion(ctx, { versionId: v1.id }).snapshot).toEqual(used);
    expect(getVersion(ctx, { versionId: result.versionId }).snapshot.nodes).toHaveLength(47);
  });

  it.each([
    [
      'missing parent (Moodle)',
      'bad.csv',
      () => fs.readFileSync(MOODLE_EXAMPLE, 'utf8').replace('levels,level-3,', 'nowhere,level-3,'),
      /row 6, column Parent id number/,
    ],
    [
      'dangling association (CASE)',
      'bad.json',
      () =>
        '{"CFDocument":{"identifier":"00000000-0000-4000-8000-000000000000","title":"x"},"CFItems":[],"CFAssociations":[{"identifier":"00000000-0000-4000-8000-000000000001","associationType":"isChildOf","originNodeURI":{"identifier":"00000000-0000-4000-8000-000000000002","title":"","uri":"urn:x"},"destinationNodeURI":{"identifier":"00000000-0000-4000-8000-000000000000","title":"","uri":"urn:x"}}]}',
      /CFAssociations\[0\]\.originNodeURI/,
    ],
  ])('an invalid file (%s) imports nothing: the database is unchanged', (_label, name, content, where) => {
    seedFixture(t.db);
    const before = dictionaryDump(t.db);
    let error: unknown;
    try {
      applyImport(ctx, name, utf8(content()));
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({
      code: 'BAD_INPUT',
      details: expect.arrayContaining([expect.objectContaining({ path: expect.stringMatching(where) })]),
    });
    expect(dictionaryDump(t.db)).toEqual(before);
  });
});

describe('position standards travel in the CASE file', () => {
  const kabid = (frameworkId: string): StandardFields => ({
    name: 'Kepala Bidang',
    jenjang: 'administrator',
    unit: 'Bidang Pengembangan Kompetensi',
    agency: 'BKN',
    frameworkId,
    requirements: [
      { competency: 'INT', level: 3, weight: 40 },
      { competency: 'KS', level: 4, weight: 35 },
      { competency: 'PB', level: 2, weight: 25 },
    ],
  });
  /** What must survive the trip (ids of defaults and framework ids differ between databases). */
  const comparable = (db: TempDb['db']) =>
    listStandards(contextAs(db, 'coordinator')).map((s) => ({
      name: s.name,
      group: s.group,
      jenjang: s.jenjang,
      unit: s.unit,
      agency: s.agency,
      isDefault: s.isDefault,
      verify: s.verify,
      requirements: s.requirements,
    }));

  it('export → import into an empty database: the same standards, required levels and weights', () => {
    seedFixture(t.db);
    const created = createStandard(ctx, kabid(frameworkIdOf(t.db)));
    const file = exportFramework(ctx, { format: 'case', frameworkId: frameworkIdOf(t.db) });
    const other = tempDb();
    try {
      const otherCtx = contextAs(other.db, 'coordinator');
      const total = comparable(t.db).length;
      expect(total).toBeGreaterThan(1);
      expect(previewImport(otherCtx, file.fileName, utf8(file.content)).standards).toEqual({
        new: total,
        changed: 0,
        unchanged: 0,
      });
      const result = applyImport(otherCtx, file.fileName, utf8(file.content));
      expect(result.standards).toEqual({ new: total, changed: 0, unchanged: 0 });
      expect(comparable(other.db)).toEqual(comparable(t.db));
      // The standard keeps its id and belongs to the imported framework.
      expect(getStandard(otherCtx, created.id)).toMatchObject({
        frameworkId: result.frameworkId,
        requirements: created.requirements,
      });
      // Importing the same file again changes nothing at all.
      const before = dictionaryDump(other.db);
      expect(applyImport(otherCtx, file.fileName, utf8(file.content))).toMatchObject({
        action: 'no-change',
        standards: { new: 0, changed: 0, unchanged: total },
      });
      expect(dictionaryDump(other.db)).toEqual(before);
    } finally {
      other.cleanup();
    }
  });

  it('into a database that has the framework: seeded defaults match by jenjang, a changed standard is updated', () => {
    seedFixture(t.db);
    const fwId = frameworkIdOf(t.db);
    const created = createStandard(ctx, kabid(fwId));
    const other = tempDb();
    try {
      seedFixture(other.db);
      const otherCtx = contextAs(other.db, 'coordinator');
      const defaults = comparable(other.db).length;
      const first = exportFramework(ctx, { format: 'case', frameworkId: fwId });
      expect(applyImport(otherCtx, 'a.json', utf8(first.content)).standards).toEqual({
        new: 1,
        changed: 0,
        unchanged: defaults,
      });
      updateStandard(ctx, created.id, {
        ...kabid(fwId),
        requirements: [
          { competency: 'INT', level: 4, weight: 50 },
          { competency: 'KS', level: 4, weight: 50 },
        ],
      });
      const second = exportFramework(ctx, { format: 'case', frameworkId: fwId });
      expect(previewImport(otherCtx, 'b.json', utf8(second.content))).toMatchObject({
        action: 'no-change',
        standards: { new: 0, changed: 1, unchanged: defaults },
      });
      applyImport(otherCtx, 'b.json', utf8(second.content));
      expect(getStandard(otherCtx, created.id).requirements).toEqual([
        { competency: 'INT', level: 4, weight: 50 },
        { competency: 'KS', level: 4, weight: 50 },
      ]);
      expect(comparable(other.db)).toEqual(comparable(t.db));
      expect(
        other.db
          .prepare("SELECT count(*) AS n FROM audit_log WHERE entity = 'position_standard' AND action = 'import'")
          .get(),
      ).toEqual({ n: 2 });
    } finally {
      other.cleanup();
    }
  });

  it('a standard deleted here comes back once on import, and importing the file again changes nothing', () => {
    seedFixture(t.db);
    const created = createStandard(ctx, kabid(frameworkIdOf(t.db)));
    const file = exportFramework(ctx, { format: 'case', frameworkId: frameworkIdOf(t.db) });
    deleteStandard(ctx, created.id);
    expect(applyImport(ctx, 'back.json', utf8(file.content)).standards).toMatchObject({ new: 1, changed: 0 });
    const revived = listStandards(ctx).filter((s) => s.name === 'Kepala Bidang');
    expect(revived).toHaveLength(1);
    expect(revived[0]!.id).not.toBe(created.id);
    expect(revived[0]!.requirements).toEqual(created.requirements);
    const before = dictionaryDump(t.db);
    expect(applyImport(ctx, 'back.json', utf8(file.content)).standards).toMatchObject({ new: 0, changed: 0 });
    expect(dictionaryDump(t.db)).toEqual(before);
  });

  it('a required level pointing to an item not in the package names the association; nothing is imported', () => {
    seedFixture(t.db);
    createStandard(ctx, kabid(frameworkIdOf(t.db)));
    const pkg = JSON.parse(exportFramework(ctx, { format: 'case', frameworkId: frameworkIdOf(t.db) }).content) as {
      CFAssociations: { associationType: string; destinationNodeURI: { identifier: string } }[];
    };
    const index = pkg.CFAssociations.findIndex((a) => a.associationType === 'hasSkillLevel');
    pkg.CFAssociations[index]!.destinationNodeURI.identifier = '00000000-0000-4000-8000-00000000abcd';
    const other = tempDb();
    try {
      seedFixture(other.db);
      const before = dictionaryDump(other.db);
      expect(() => applyImport(contextAs(other.db, 'coordinator'), 'bad.json', utf8(JSON.stringify(pkg)))).toThrow(
        expect.objectContaining({
          code: 'BAD_INPUT',
          details: [expect.objectContaining({ path: `CFAssociations[${index}].destinationNodeURI` })],
        }),
      );
      expect(dictionaryDump(other.db)).toEqual(before);
    } finally {
      other.cleanup();
    }
  });

  it('Moodle CSV has no place for standards: its preview says nothing about them', () => {
    seedFixture(t.db);
    const csv = exportFramework(ctx, { format: 'moodle', frameworkId: frameworkIdOf(t.db) }).content;
    expect(previewImport(ctx, 'asn.csv', utf8(csv)).standards).toBeUndefined();
  });
});
