import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openAppDatabase } from '../../electron/db/app-db';
import type { Db } from '../../electron/db/connection';
import { insertLocalOffice } from '../../electron/repositories/office';
import { insertUser } from '../../electron/repositories/user';
import type { ServiceContext } from '../../electron/services/context';
import type { Role } from '../../shared/domain/roles';

export interface TempDb {
  db: Db;
  file: string;
  dir: string;
  cleanup(): void;
}

/** A real, migrated SQLite file in its own temporary folder. */
export function tempDb(): TempDb {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'asesa-test-'));
  const file = path.join(dir, 'asesa.db');
  const { db } = openAppDatabase(file);
  return {
    db,
    file,
    dir,
    cleanup: () => {
      if (db.open) db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

// A precomputed scrypt hash keeps fixtures fast; tests of passwords use the real function.
const FIXTURE_HASH = 'scrypt$16$1$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

/** Sets up the local office (once) and a user of `role`, and returns a context logged in as them. */
export function contextAs(db: Db, role: Role, username = `${role}-${Math.random().toString(36).slice(2, 8)}`): ServiceContext {
  const office =
    (db.prepare('SELECT id FROM office WHERE is_local = 1').get() as { id: string } | undefined) ??
    insertLocalOffice(db, { name: 'BPSDM Provinsi Kalimantan Timur', code: 'BPSDM-KALTIM', province: 'Kalimantan Timur', agency: 'Pemerintah Provinsi Kalimantan Timur' });
  const user = insertUser(db, { officeId: office.id, username, displayName: username, role, passwordHash: FIXTURE_HASH });
  return { db, session: { user: { id: user.id, role }, lastActivity: Date.now() } };
}
