import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildRegistry } from '../../electron/handlers';
import type { HandlerRegistry } from '../../electron/handlers/registry';
import type { Session } from '../../electron/services/session';
import { contextAs, tempDb, type TempDb } from '../helpers/db';
import { frameworkIdOf, seedFixture } from '../helpers/dictionary-db';

let t: TempDb;
let registry: HandlerRegistry;
let coordinator: Session;
let assessor: Session;
let fwId: string;

beforeEach(() => {
  t = tempDb();
  registry = buildRegistry(t.db, () => {});
  coordinator = contextAs(t.db, 'coordinator').session;
  assessor = contextAs(t.db, 'assessor').session;
  seedFixture(t.db);
  fwId = frameworkIdOf(t.db);
});
afterEach(() => t.cleanup());

async function ok<T = unknown>(name: string, input: unknown, session = coordinator): Promise<T> {
  const env = await registry.dispatch(name, input, session);
  if (!env.ok) throw new Error(`${name}: ${JSON.stringify(env.error)}`);
  return env.value as T;
}

const bi = (id: string) => ({ id, en: id });

describe('dictionary channels', () => {
  it('coordinator: edit Integritas level 3 indicator, create "Kepala Bidang" from the jenjang default, export CASE, import elsewhere', async () => {
    const list = await ok<{ id: string; idNumber: string }[]>('frameworks.list', {});
    expect(list.map((f) => f.idNumber)).toEqual(['ASN-38-2017']);
    const edit = await ok<{ versionNumber: number }>('frameworks.updateNode', {
      frameworkId: fwId,
      idNumber: 'INT.3.2',
      description: bi('Memastikan tim mematuhi kode etik'),
    });
    expect(edit.versionNumber).toBe(1);
    const std = await ok<{ name: string; requirements: { level: number }[] }>('standards.createFromJenjang', {
      name: 'Kepala Bidang',
      jenjang: 'administrator',
    });
    expect(std.name).toBe('Kepala Bidang');
    expect(new Set(std.requirements.map((r) => r.level))).toEqual(new Set([3]));
    const file = await ok<{ fileName: string; contentBase64: string }>('frameworks.export', {
      format: 'case',
      frameworkId: fwId,
    });
    expect(file.fileName).toBe('ASN-38-2017-v1.case.json');

    const other = tempDb();
    try {
      const otherRegistry = buildRegistry(other.db, () => {});
      const session = contextAs(other.db, 'coordinator').session;
      const preview = await otherRegistry.dispatch(
        'frameworks.importPreview',
        { fileName: file.fileName, contentBase64: file.contentBase64 },
        session,
      );
      expect(preview).toMatchObject({ ok: true, value: { action: 'create-framework', counts: { new: 48 } } });
      const applied = await otherRegistry.dispatch(
        'frameworks.importApply',
        { fileName: file.fileName, contentBase64: file.contentBase64 },
        session,
      );
      expect(applied.ok).toBe(true);
      const got = await otherRegistry.dispatch(
        'frameworks.get',
        { frameworkId: (applied as { value: { frameworkId: string } }).value.frameworkId },
        session,
      );
      expect(JSON.stringify(got)).toContain('Memastikan tim mematuhi kode etik');
    } finally {
      other.cleanup();
    }
  });

  it('reading works for an assessor; every edit is refused with FORBIDDEN and changes nothing', async () => {
    expect((await ok<unknown[]>('frameworks.list', {}, assessor)).length).toBe(1);
    const got = await ok<{ snapshot: { nodes: unknown[] } }>('frameworks.get', { frameworkId: fwId }, assessor);
    expect(got.snapshot.nodes).toHaveLength(48);
    expect((await ok<unknown[]>('standards.list', { jenjang: 'pengawas' }, assessor)).length).toBe(1);
    const before = t.db.prepare('SELECT count(*) AS n FROM audit_log').get();
    const edits: [string, unknown][] = [
      ['frameworks.updateNode', { frameworkId: fwId, idNumber: 'INT.3.1', name: bi('x') }],
      ['frameworks.retireNode', { frameworkId: fwId, idNumber: 'INT' }],
      ['frameworks.addIndicator', { frameworkId: fwId, levelIdNumber: 'INT.L3', description: bi('x') }],
      ['frameworks.removeIndicator', { frameworkId: fwId, idNumber: 'INT.3.1' }],
      ['frameworks.importApply', { fileName: 'x.csv', contentBase64: '' }],
      ['frameworks.export', { format: 'moodle', frameworkId: fwId }],
      ['standards.createFromJenjang', { name: 'X', jenjang: 'pengawas' }],
    ];
    for (const [name, input] of edits) {
      expect(await registry.dispatch(name, input, assessor), name).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
    }
    expect(t.db.prepare('SELECT count(*) AS n FROM audit_log').get()).toEqual(before);
  });

  it('refuses a file above the size cap before decoding it', async () => {
    const huge = 'A'.repeat(8 * 1024 * 1024);
    const env = await registry.dispatch(
      'frameworks.importPreview',
      { fileName: 'big.csv', contentBase64: huge },
      coordinator,
    );
    expect(env).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: [{ path: 'contentBase64' }] } });
  });

  it('not logged in: even reading is refused', async () => {
    expect(await registry.dispatch('frameworks.list', {}, { user: null, lastActivity: 0 })).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
  });

  it('bad input comes back as envelopes naming row and field', async () => {
    const bad = Buffer.from('"Parent id number","Id number"\n,X\n').toString('base64');
    const env = await registry.dispatch(
      'frameworks.importPreview',
      { fileName: 'bad.csv', contentBase64: bad },
      coordinator,
    );
    expect(env).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', details: [{ path: 'row 1' }] } });
    const level6 = await registry.dispatch(
      'standards.create',
      { name: 'S', jenjang: 'pengawas', frameworkId: fwId, requirements: [{ competency: 'INT', level: 6 }] },
      coordinator,
    );
    expect(level6).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', details: [{ path: 'requirements.0.level' }] },
    });
    // Problem texts follow the device language.
    const badRef = {
      name: 'S',
      jenjang: 'pengawas',
      frameworkId: fwId,
      requirements: [{ competency: 'NOPE', level: 2 }],
    };
    expect(await registry.dispatch('standards.create', badRef, coordinator)).toMatchObject({
      ok: false,
      error: { details: [{ message: '"NOPE" bukan kompetensi dalam kerangka ini' }] },
    });
    await registry.dispatch('app.setLanguage', { language: 'en' }, coordinator);
    expect(await registry.dispatch('standards.create', badRef, coordinator)).toMatchObject({
      ok: false,
      error: {
        message: 'The data is not valid. Check the marked fields.',
        details: [{ message: '"NOPE" is not a competency of this framework' }],
      },
    });
    expect(
      await registry.dispatch('frameworks.updateNode', { frameworkId: fwId, idNumber: 'INT' }, coordinator),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', details: [{ path: 'name' }] },
    });
    const diffInput = await registry.dispatch('frameworks.get', {}, coordinator);
    expect(diffInput).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('versions, diff, copy and update through the channels', async () => {
    const [v1] = await ok<{ id: string }[]>('frameworks.versions', { frameworkId: fwId });
    const levels = [1, 2, 3, 4, 5].map((l) => ({ description: bi(`L${l}`), indicators: [bi(`I${l}`)] }));
    await ok('frameworks.addTechnical', {
      frameworkId: fwId,
      idNumber: 'TEK-1',
      name: bi('Teknis Satu'),
      description: bi('d'),
      levels,
    });
    const diff = await ok<{ added: { idNumber: string }[] }>('frameworks.diff', {
      fromVersionId: v1!.id,
      toVersionId: v1!.id,
    });
    expect(diff.added).toEqual([]);
    const [def] = await ok<{ id: string; requirements: unknown[] }[]>('standards.list', { jenjang: 'administrator' });
    const copy = await ok<{ id: string; copiedFrom: string }>('standards.copy', {
      id: def!.id,
      name: 'Sekretaris Dinas',
    });
    expect(copy.copiedFrom).toBe(def!.id);
    const updated = await ok<{ requirements: unknown[]; verify: boolean }>('standards.update', {
      id: copy.id,
      verify: false,
      fields: {
        name: 'Sekretaris Dinas',
        jenjang: 'administrator',
        frameworkId: fwId,
        requirements: [{ competency: 'TEK-1', level: 2, weight: 40 }],
      },
    });
    expect(updated).toMatchObject({ verify: false, requirements: [{ competency: 'TEK-1', level: 2, weight: 40 }] });
    expect(await ok('standards.delete', { id: copy.id })).toEqual({ deleted: true });
    expect(await registry.dispatch('standards.get', { id: copy.id }, coordinator)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await registry.dispatch('standards.delete', { id: def!.id }, assessor)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    const defaults = await ok<{ defaults: unknown[] }>('standards.jenjangDefaults', {}, assessor);
    expect(defaults.defaults).toHaveLength(14);
  });
});
