import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Participant } from '../../shared/schemas/participant';
import { contextAs, tempDb, type TempDb } from '../helpers/db';
import { caller, NIP_A, NIP_B, NIP_C, unwrap } from './participants-helpers';

let t: TempDb;
let call: ReturnType<typeof caller>;

beforeEach(() => {
  t = tempDb();
  call = caller(t.db, contextAs(t.db, 'coordinator'));
});
afterEach(() => t.cleanup());

const input = (nip: string, name: string, extra: Record<string, unknown> = {}) => ({
  nip,
  name,
  unit: 'Badan Kepegawaian Daerah',
  ...extra,
});
const create = async (nip: string, name: string, extra: Record<string, unknown> = {}) =>
  unwrap(await call<Participant>('participants.create', input(nip, name, extra)));

describe('participants channels', () => {
  it('creates a participant with sex and birth date derived from the NIP, and audits it', async () => {
    const p = await create('19660801 198803 1 001', 'Bambang Sutrisno', {
      titleBefore: 'Drs.',
      golongan: 'iv b',
      jenjang: 'jpt-pratama',
    });
    expect(p).toMatchObject({
      nip: NIP_A,
      kind: 'pns',
      sex: 'M',
      birthDate: '1966-08-01',
      golongan: 'IV/b',
      golonganName: 'Pembina Tk. I',
      revision: 1,
    });
    expect(unwrap(await call('participants.get', { id: p.id }))).toEqual(p);
    const audit = t.db.prepare("SELECT action FROM audit_log WHERE entity = 'participant'").all();
    expect(audit).toEqual([{ action: 'create' }]);
  });

  it('refuses a bad NIP, an unknown golongan and a second participant with the same NIP', async () => {
    const bad = await call('participants.create', input('1.97E+17', 'X'));
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.error.code).toBe('VALIDATION');
      expect(bad.error.details?.[0]?.path).toBe('nip');
      expect(bad.error.details?.[0]?.message).toMatch(/notasi ilmiah/);
    }
    const gol = await call('participants.create', input(NIP_A, 'X', { golongan: 'II/e' }));
    expect(!gol.ok && gol.error.details?.map((d) => d.path)).toEqual(['golongan']);
    await create(NIP_A, 'Bambang');
    const dup = await call('participants.create', input(NIP_A, 'Lagi'));
    expect(!dup.ok && dup.error.code).toBe('CONFLICT');
  });

  it('accepts an NI PPPK only as kind pppk', async () => {
    const pppk = '198703152021152002';
    const asPns = await call('participants.create', input(pppk, 'Rina'));
    expect(!asPns.ok && asPns.error.code).toBe('VALIDATION');
    expect(!asPns.ok && asPns.error.details?.map((d) => d.path)).toEqual(['nip', 'kind']);
    expect(await create(pppk, 'Rina', { kind: 'pppk', golongan: 'IX' })).toMatchObject({
      kind: 'pppk',
      sex: 'F',
      golongan: 'IX',
    });
  });

  it('searches by name part, NIP as printed, unit, and pages through the results', async () => {
    await create(NIP_A, 'Bambang Suwati', { unit: 'Dinas Kesehatan' });
    await create(NIP_B, 'Siti Rahmawati');
    await create(NIP_C, 'Rudi Hartono');
    const names = async (query: string, offset = 0, limit = 10) =>
      unwrap(await call<{ total: number; items: Participant[] }>('participants.search', { query, offset, limit }));
    expect((await names('wati')).items.map((p) => p.name)).toEqual(['Bambang Suwati', 'Siti Rahmawati']);
    expect((await names('19850412 200903')).items.map((p) => p.name)).toEqual(['Siti Rahmawati']);
    expect((await names('kesehatan')).items.map((p) => p.name)).toEqual(['Bambang Suwati']);
    expect((await names('ru')).items.map((p) => p.name)).toEqual(['Rudi Hartono']);
    expect((await names('siti kepegawaian')).items.map((p) => p.name)).toEqual(['Siti Rahmawati']);
    expect((await names('tidak-ada')).total).toBe(0);
    const page = await names('', 1, 1);
    expect(page.total).toBe(3);
    expect(page.items.map((p) => p.name)).toEqual(['Rudi Hartono']);
    // Characters that mean something to FTS or LIKE are searched literally.
    expect((await names('"%_')).total).toBe(0);
  });

  it('updates with the revision the editor saw and refuses a stale one', async () => {
    const p = await create(NIP_A, 'Bambang');
    const data = input(NIP_A, 'Bambang Sutrisno', { email: 'b@x.go.id' });
    const updated = unwrap(await call<Participant>('participants.update', { id: p.id, revision: 1, data }));
    expect(updated).toMatchObject({ name: 'Bambang Sutrisno', email: 'b@x.go.id', revision: 2 });
    const stale = await call('participants.update', { id: p.id, revision: 1, data });
    expect(!stale.ok && stale.error.code).toBe('STALE');
    expect(!stale.ok && stale.error.message).toMatch(/sudah diubah orang lain.*Bambang Sutrisno, rev\. 2/);
    expect(unwrap(await call<Participant>('participants.get', { id: p.id }))).toMatchObject({ name: 'Bambang Sutrisno', revision: 2 });
  });

  it('deletes with a tombstone: gone from search and get, NIP free again', async () => {
    const p = await create(NIP_A, 'Bambang');
    expect(unwrap(await call('participants.delete', { id: p.id }))).toEqual({ deleted: true });
    expect(t.db.prepare('SELECT deleted_at IS NOT NULL AS gone FROM participant WHERE id = ?').get(p.id)).toEqual({
      gone: 1,
    });
    const get = await call('participants.get', { id: p.id });
    expect(!get.ok && get.error.code).toBe('NOT_FOUND');
    expect(unwrap(await call<{ total: number }>('participants.search', { query: 'bambang' })).total).toBe(0);
    await create(NIP_A, 'Bambang kembali');
  });

  it('lets admins in, keeps assessors and anonymous callers out', async () => {
    const asAdmin = caller(t.db, contextAs(t.db, 'admin'));
    expect((await asAdmin('participants.search', {})).ok).toBe(true);
    const asAssessor = caller(t.db, contextAs(t.db, 'assessor'));
    for (const channel of [
      'participants.search',
      'participants.create',
      'participants.importPreview',
      'participants.export',
    ]) {
      const r = await asAssessor(channel, {});
      expect(!r.ok && r.error.code).toBe('FORBIDDEN');
    }
    const anonymous = caller(t.db, { db: t.db, session: { user: null, lastActivity: 0 } });
    const r = await anonymous('participants.search', {});
    expect(!r.ok && r.error.code).toBe('UNAUTHENTICATED');
  });
});
