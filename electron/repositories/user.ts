import type { Db } from '../db/connection';
import type { Role } from '../../shared/domain/roles';
import type { UserSummary } from '../../shared/schemas/user';
import { newId, nowIso } from '../services/ids';

export interface UserRow {
  id: string;
  office_id: string;
  username: string;
  display_name: string;
  role: Role;
  password_hash: string;
  active: number;
  failed_attempts: number;
  locked_until: string | null;
  created_at: string;
}

export const toUserSummary = (r: UserRow): UserSummary => ({
  id: r.id,
  username: r.username,
  displayName: r.display_name,
  role: r.role,
  active: r.active === 1,
  createdAt: r.created_at,
});

export function findUserByUsername(db: Db, username: string): UserRow | undefined {
  return db.prepare('SELECT * FROM user WHERE username = ? AND deleted_at IS NULL').get(username) as
    | UserRow
    | undefined;
}

export function findUserById(db: Db, id: string): UserRow | undefined {
  return db.prepare('SELECT * FROM user WHERE id = ? AND deleted_at IS NULL').get(id) as UserRow | undefined;
}

export function listUsers(db: Db): UserRow[] {
  return db.prepare('SELECT * FROM user WHERE deleted_at IS NULL ORDER BY display_name COLLATE NOCASE').all() as UserRow[];
}

export function countUsers(db: Db): number {
  return (db.prepare('SELECT COUNT(*) AS n FROM user').get() as { n: number }).n;
}

export function insertUser(
  db: Db,
  u: { officeId: string; username: string; displayName: string; role: Role; passwordHash: string },
): UserRow {
  const id = newId();
  const now = nowIso();
  db.prepare(
    `INSERT INTO user (id, office_id, username, display_name, role, password_hash, created_at, updated_at, updated_by_office)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, u.officeId, u.username, u.displayName, u.role, u.passwordHash, now, now, u.officeId);
  return findUserById(db, id)!;
}

export function recordLoginFailure(db: Db, id: string, attempts: number, lockedUntil: string | null): void {
  db.prepare('UPDATE user SET failed_attempts = ?, locked_until = ? WHERE id = ?').run(attempts, lockedUntil, id);
}

export function recordLoginSuccess(db: Db, id: string): void {
  db.prepare('UPDATE user SET failed_attempts = 0, locked_until = NULL WHERE id = ?').run(id);
}
