import type { ErrorCode } from '../../shared/contract';
import type { Participant } from '../../shared/schemas/participant';
import type { UserSummary } from '../../shared/schemas/user';
import { ADMIN, status } from './harness';

/** Shared fixtures of the Pengaturan tests (settings-*.test.tsx). */
export const ok = <T>(value: T) => ({ ok: true as const, value });
export const fail = (code: ErrorCode, message: string, details?: Array<{ path: string; message: string }>) => ({
  ok: false as const,
  error: { code, message, ...(details ? { details } : {}) },
});

export const asRole = (role: 'admin' | 'coordinator' | 'assessor') => () => ok(status({ user: { ...ADMIN, role } }));

export const summary = (
  u: Pick<UserSummary, 'id' | 'username' | 'displayName' | 'role'>,
  active = true,
): UserSummary => ({
  ...u,
  active,
  createdAt: '2026-11-23T01:00:00.000Z',
});

export const ADMIN_ROW = summary(ADMIN);
export const BUDI = summary({ id: 'user-2', username: 'budi.k', displayName: 'Budi Santoso', role: 'coordinator' });

export function participant(over: Partial<Participant> = {}): Participant {
  return {
    id: 'p-1',
    kind: 'pns',
    nip: '198501012010011001',
    name: 'Andi Wijaya',
    titleBefore: null,
    titleAfter: null,
    sex: 'M',
    birthDate: '1985-01-01',
    golongan: 'III/c',
    golonganName: 'Penata',
    jabatan: 'Analis Kebijakan',
    jenjang: null,
    unit: 'Dinas Pendidikan',
    agency: 'Pemerintah Provinsi Kalimantan Timur',
    email: null,
    phone: null,
    revision: 1,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...over,
  };
}
