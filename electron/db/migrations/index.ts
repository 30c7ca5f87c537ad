import type { Migration } from '../migration';
import { m0001Base } from './0001-base';

/** The explicit, ordered list. Append only; never reorder or edit a released step. */
export const MIGRATIONS: readonly Migration[] = [m0001Base];
