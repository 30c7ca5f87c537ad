import type { Db } from '../db/connection';
import type { Session } from './session';

/** What every service call gets: the database and the main side's record of who is logged in. */
export interface ServiceContext {
  db: Db;
  session: Session;
}
