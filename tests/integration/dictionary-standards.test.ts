import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ServiceContext } from '../../electron/services/context';
import { retireNode } from '../../electron/services/framework-edit';
import {
  copyStandard,
  createFromJenjang,
  createStandard,
  getStandard,
  listJenjangDefaults,
  listStandards,
  updateStandard,
} from '../../electron/services/position-standard';
import { contextAs, tempDb, type TempDb } from '../helpers/db';
import { frameworkIdOf, seedFixture } from '../helpers/dictionary-db';

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

describe('position standards', () => {
  it('creates a standard with required levels and optional weights, and updates it', () => {
    const s = createStandard(ctx, {
      name: 'Analis Kebijakan Ahli Muda',
      jenjang: 'ahli-muda',
      unit: 'Bidang Perencanaan',
      agency: 'Bappeda',
      frameworkId: fwId,
      requirements: [
        { competency: 'INT', level: 3, weight: 50 },
        { competency: 'PB', level: 2, weight: null },
      ],
    });
    expect(s).toMatchObject({
      group: 'fungsional-keahlian',
      isDefault: false,
      verify: false,
      copiedFrom: null,
      revision: 1,
    });
    expect(s.requirements).toEqual([
      { competency: 'INT', level: 3, weight: 50 },
      { competency: 'PB', level: 2, weight: null },
    ]);
    const u = updateStandard(ctx, s.id, {
      ...s,
      requirements: [
        { competency: 'INT', level: 4, weight: null },
        { competency: 'KS', level: 2, weight: null },
      ],
    });
    expect(u.requirements).toEqual([
      { competency: 'INT', level: 4, weight: null },
      { competency: 'KS', level: 2, weight: null },
    ]);
    expect(u.revision).toBe(2);
    // The dropped requirement is a tombstone, not a hard delete.
    expect(
      t.db
        .prepare(
          "SELECT deleted_at IS NOT NULL AS gone FROM position_standard_requirement WHERE competency_id_number = 'PB' AND standard_id = ?",
        )
        .get(s.id),
    ).toEqual({ gone: 1 });
    expect(
      t.db
        .prepare("SELECT action FROM audit_log WHERE entity = 'position_standard' AND entity_id = ? ORDER BY seq")
        .all(s.id),
    ).toEqual([{ action: 'create' }, { action: 'update' }]);
  });

  it('refuses unknown competencies, duplicates and names the field', () => {
    const base = { name: 'X', jenjang: 'pengawas' as const, unit: '', agency: '', frameworkId: fwId };
    expect(() =>
      createStandard(ctx, {
        ...base,
        requirements: [
          { competency: 'INT.L3', level: 2, weight: null },
          { competency: 'NOPE', level: 2, weight: null },
        ],
      }),
    ).toThrow(
      expect.objectContaining({
        code: 'VALIDATION',
        details: [
          { path: 'requirements.0.competency', message: expect.stringContaining('bukan kompetensi') },
          { path: 'requirements.1.competency', message: expect.stringContaining('"NOPE"') },
        ],
      }),
    );
    expect(() =>
      createStandard(ctx, {
        ...base,
        requirements: [
          { competency: 'INT', level: 2, weight: null },
          { competency: 'INT', level: 3, weight: null },
        ],
      }),
    ).toThrow(
      expect.objectContaining({
        details: [{ path: 'requirements.1.competency', message: expect.stringContaining('dua kali') }],
      }),
    );
    expect(listStandards(ctx).filter((s) => !s.isDefault)).toEqual([]);
  });

  it('copies a standard (copied_from kept, default flag not)', () => {
    const def = listStandards(ctx, { jenjang: 'administrator' })[0]!;
    const copy = copyStandard(ctx, def.id, 'Kepala Bagian Umum');
    expect(copy).toMatchObject({
      name: 'Kepala Bagian Umum',
      jenjang: 'administrator',
      isDefault: false,
      verify: true,
      copiedFrom: def.id,
    });
    expect(copy.requirements).toEqual(def.requirements);
    expect(getStandard(ctx, copy.id).id).toBe(copy.id);
  });

  it('creates from the jenjang default: every live competency at the default level', () => {
    retireNode(ctx, { frameworkId: fwId, idNumber: 'KS', retired: true });
    const s = createFromJenjang(ctx, {
      name: 'Kepala Bidang',
      jenjang: 'administrator',
      unit: 'Bidang Mutasi',
      agency: 'BKD',
    });
    expect(s).toMatchObject({ name: 'Kepala Bidang', group: 'administrasi', frameworkId: fwId, verify: true });
    expect(s.requirements).toEqual([
      { competency: 'INT', level: 3, weight: null },
      { competency: 'PB', level: 3, weight: null },
    ]);
  });

  it('lists the jenjang default table with its verify note', () => {
    const d = listJenjangDefaults(ctx);
    expect(d.verify).toBe(true);
    expect(d.defaults).toHaveLength(14);
    expect(d.defaults[0]).toEqual({
      jenjang: 'jpt-utama',
      group: 'jpt',
      label: 'JPT Utama',
      level: 5,
      basis: { id: 'test', en: 'test' },
    });
  });
});
