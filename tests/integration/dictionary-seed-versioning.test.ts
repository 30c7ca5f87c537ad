import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyAudit } from '../../electron/services/audit';
import { BUNDLED_RESOURCES, ensureSeeded } from '../../electron/services/dictionary-seed';
import {
  diffVersions,
  getVersion,
  listFrameworks,
  listVersions,
  markVersionInUse,
} from '../../electron/services/framework';
import {
  addIndicator,
  addTechnical,
  removeIndicator,
  retireNode,
  updateNode,
} from '../../electron/services/framework-edit';
import type { ServiceContext } from '../../electron/services/context';
import { contextAs, tempDb, type TempDb } from '../helpers/db';
import { fixtureResources, frameworkIdOf, seedFixture } from '../helpers/dictionary-db';

let t: TempDb;
let ctx: ServiceContext;
let fwId: string;

beforeEach(() => {
  t = tempDb();
  ctx = contextAs(t.db, 'coordinator');
  seedFixture(t.db);
  fwId = frameworkIdOf(t.db);
});
afterEach(() => t.cleanup());

const bi = (id: string) => ({ id, en: `${id} (en)` });

describe('seeding', () => {
  it('loads the dictionary as version 1 and one default standard per jenjang, once', () => {
    const [fw] = listFrameworks(ctx);
    expect(fw).toMatchObject({
      idNumber: 'ASN-38-2017',
      versionCount: 1,
      latest: { number: 1, locked: false, origin: 'seed', nodeCount: 48 },
    });
    expect(fw?.verifyNote).toMatch(/verify/i);
    const standards = t.db
      .prepare('SELECT name, jenjang, is_default, verify FROM position_standard ORDER BY rowid')
      .all() as { name: string; is_default: number; verify: number }[];
    expect(standards).toHaveLength(14);
    expect(standards[3]).toEqual({
      name: 'Standar bawaan — Administrator',
      jenjang: 'administrator',
      is_default: 1,
      verify: 1,
    });
    const levels = t.db
      .prepare(
        "SELECT competency_id_number AS c, required_level AS l FROM position_standard_requirement r JOIN position_standard s ON s.id = r.standard_id WHERE s.jenjang = 'jpt-pratama'",
      )
      .all();
    expect(levels).toEqual([
      { c: 'INT', l: 4 },
      { c: 'KS', l: 4 },
      { c: 'PB', l: 4 },
    ]);
    expect(ensureSeeded(t.db, fixtureResources())).toEqual({ seeded: false });
    expect(t.db.prepare('SELECT count(*) AS n FROM position_standard').get()).toEqual({ n: 14 });
  });

  it('refuses a broken resource with a clear error and seeds nothing', () => {
    const fresh = tempDb();
    try {
      const bad = fixtureResources() as { framework: { nodes: { level: number | null }[] }; jenjangDefaults: unknown };
      bad.framework.nodes[1]!.level = 9;
      expect(() => ensureSeeded(fresh.db, bad)).toThrow(
        expect.objectContaining({
          code: 'BAD_INPUT',
          params: { reason: expect.stringContaining('asn-permenpan-38-2017.json') },
        }),
      );
      const noParent = fixtureResources() as {
        framework: { nodes: { parent: string | null }[] };
        jenjangDefaults: unknown;
      };
      noParent.framework.nodes[2]!.parent = 'GHOST';
      expect(() => ensureSeeded(fresh.db, noParent)).toThrow(
        expect.objectContaining({ details: [expect.objectContaining({ message: expect.stringContaining('GHOST') })] }),
      );
      expect(fresh.db.prepare('SELECT count(*) AS n FROM framework').get()).toEqual({ n: 0 });
    } finally {
      fresh.cleanup();
    }
  });

  it('the bundled resources are valid and seed the 9 ASN competencies', () => {
    const fresh = tempDb();
    try {
      expect(ensureSeeded(fresh.db, BUNDLED_RESOURCES)).toEqual({ seeded: true });
      const snap = getVersion(contextAs(fresh.db, 'assessor'), { frameworkId: frameworkIdOf(fresh.db) }).snapshot;
      expect(snap.nodes.filter((n) => n.kind === 'competency').map((n) => n.name.id)).toEqual([
        'Integritas',
        'Kerja Sama',
        'Komunikasi',
        'Orientasi pada Hasil',
        'Pelayanan Publik',
        'Pengembangan Diri dan Orang Lain',
        'Mengelola Perubahan',
        'Pengambilan Keputusan',
        'Perekat Bangsa',
      ]);
    } finally {
      fresh.cleanup();
    }
  });
});

describe('editing and versioning', () => {
  it('edits the draft in place while no batch uses it, and audits', () => {
    const r = updateNode(ctx, { frameworkId: fwId, idNumber: 'INT.3.1', description: bi('Teks baru indikator 3.1') });
    expect(r).toMatchObject({
      versionNumber: 1,
      newVersion: false,
      node: { idNumber: 'INT.3.1', description: bi('Teks baru indikator 3.1') },
    });
    expect(listVersions(ctx, fwId)).toHaveLength(1);
    const audit = t.db.prepare("SELECT action, entity, entity_id FROM audit_log WHERE entity = 'framework_node'").all();
    expect(audit).toEqual([{ action: 'update', entity: 'framework_node', entity_id: `${r.versionId}:INT.3.1` }]);
    expect(verifyAudit(t.db).problems).toEqual([]);
  });

  it('a version in use is never changed: the edit creates version 2, and the diff shows it', () => {
    const v1 = listVersions(ctx, fwId)[0]!;
    const before = getVersion(ctx, { versionId: v1.id }).snapshot;
    markVersionInUse(t.db, v1.id, 'batch:one');
    markVersionInUse(t.db, v1.id, 'batch:one');
    expect(listVersions(ctx, fwId)[0]).toMatchObject({ locked: true, usedBy: ['batch:one'] });

    const r = updateNode(ctx, { frameworkId: fwId, idNumber: 'INT.3.1', description: bi('Versi dua') });
    expect(r).toMatchObject({ versionNumber: 2, newVersion: true });
    // A second edit goes to the same (still unused) version 2.
    expect(
      addIndicator(ctx, { frameworkId: fwId, levelIdNumber: 'INT.L3', description: bi('Indikator tambahan') }),
    ).toMatchObject({
      versionNumber: 2,
      newVersion: false,
      node: { idNumber: 'INT.3.3', name: { id: '3.3', en: '3.3' }, parent: 'INT.L3', kind: 'indicator' },
    });
    removeIndicator(ctx, { frameworkId: fwId, idNumber: 'KS.1.2' });

    expect(getVersion(ctx, { versionId: v1.id }).snapshot).toEqual(before);
    const diff = diffVersions(ctx, v1.id, r.versionId);
    expect(diff.added.map((n) => n.idNumber)).toEqual(['INT.3.3']);
    expect(diff.removed.map((n) => n.idNumber)).toEqual(['KS.1.2']);
    expect(diff.changed).toEqual([
      {
        idNumber: 'INT.3.1',
        changes: [
          {
            field: 'description.id',
            old: before.nodes.find((n) => n.idNumber === 'INT.3.1')!.description.id,
            new: 'Versi dua',
          },
          { field: 'description.en', old: 'Indicator 3.1 for Integrity.', new: 'Versi dua (en)' },
        ],
      },
    ]);
    expect(diff.unchanged).toBe(46);
  });

  it('creates, edits and retires a technical competency with 5 levels and indicators', () => {
    const levels = [1, 2, 3, 4, 5].map((l) => ({
      description: bi(`Level ${l} pengelolaan arsip`),
      indicators: [bi(`Ind ${l}a`), bi(`Ind ${l}b`)],
    }));
    const r = addTechnical(ctx, {
      frameworkId: fwId,
      idNumber: 'TEK-ARSIP',
      parent: null,
      name: bi('Pengelolaan Arsip'),
      description: bi('Kemampuan mengelola arsip'),
      levels,
    });
    expect(r.node).toMatchObject({ kind: 'competency', competencyType: 'teknis', sortOrder: 3 });
    const snap = getVersion(ctx, { frameworkId: fwId }).snapshot;
    expect(snap.nodes.filter((n) => n.idNumber.startsWith('TEK-ARSIP')).map((n) => n.idNumber)).toEqual([
      'TEK-ARSIP',
      'TEK-ARSIP.L1',
      'TEK-ARSIP.1.1',
      'TEK-ARSIP.1.2',
      'TEK-ARSIP.L2',
      'TEK-ARSIP.2.1',
      'TEK-ARSIP.2.2',
      'TEK-ARSIP.L3',
      'TEK-ARSIP.3.1',
      'TEK-ARSIP.3.2',
      'TEK-ARSIP.L4',
      'TEK-ARSIP.4.1',
      'TEK-ARSIP.4.2',
      'TEK-ARSIP.L5',
      'TEK-ARSIP.5.1',
      'TEK-ARSIP.5.2',
    ]);
    expect(snap.nodes.find((n) => n.idNumber === 'TEK-ARSIP.L4')).toMatchObject({ kind: 'level', level: 4 });
    updateNode(ctx, { frameworkId: fwId, idNumber: 'TEK-ARSIP', name: bi('Manajemen Arsip') });
    expect(retireNode(ctx, { frameworkId: fwId, idNumber: 'TEK-ARSIP', retired: true }).node).toMatchObject({
      retired: true,
      name: bi('Manajemen Arsip'),
    });
    expect(() =>
      addTechnical(ctx, {
        frameworkId: fwId,
        idNumber: 'TEK-ARSIP',
        parent: null,
        name: bi('x'),
        description: bi('x'),
        levels,
      }),
    ).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
  });

  it('refuses wrong targets: unknown node, removing a level, an indicator under a non-level', () => {
    expect(() => updateNode(ctx, { frameworkId: fwId, idNumber: 'NOPE', name: bi('x') })).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND' }),
    );
    expect(() => removeIndicator(ctx, { frameworkId: fwId, idNumber: 'INT.L3' })).toThrow(
      expect.objectContaining({ code: 'VALIDATION' }),
    );
    expect(() => addIndicator(ctx, { frameworkId: fwId, levelIdNumber: 'INT', description: bi('x') })).toThrow(
      expect.objectContaining({ code: 'VALIDATION' }),
    );
    expect(t.db.prepare("SELECT count(*) AS n FROM audit_log WHERE entity = 'framework_node'").get()).toEqual({ n: 0 });
  });
});
