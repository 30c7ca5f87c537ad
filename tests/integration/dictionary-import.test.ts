import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serializeMoodleCsv } from '../../electron/codecs/moodle-csv';
import { normaliseSnapshot } from '../../electron/codecs/tree';
import type { ServiceContext } from '../../electron/services/context';
import { getVersion, listFrameworks, listVersions, markVersionInUse } from '../../electron/services/framework';
import { applyImport, exportFramework, previewImport } from '../../electron/services/framework-exchange';
import { updateNode } from '../../electron/services/framework-edit';
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
