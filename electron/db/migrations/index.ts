import type { Migration } from '../migration';
import { m0001Base } from './0001-base';
import { m0002Dictionary } from './0002-dictionary';
import { m0003Participants } from './0003-participants';
import { m0004Batches } from './0004-batches';
import { m0005Scoring } from './0005-scoring';

/** The explicit, ordered list. Append only; never reorder or edit a released step. */
export const MIGRATIONS: readonly Migration[] = [m0001Base, m0002Dictionary, m0003Participants, m0004Batches, m0005Scoring];
