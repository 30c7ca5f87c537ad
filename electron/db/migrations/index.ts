import type { Migration } from '../migration';
import { m0001Base } from './0001-base';
import { m0002Dictionary } from './0002-dictionary';
import { m0003Participants } from './0003-participants';
import { m0004Batches } from './0004-batches';
import { m0005Scoring } from './0005-scoring';
import { m0006Exchange } from './0006-exchange';
import { m0007Privacy } from './0007-privacy';
import { m0008Results } from './0008-results';

/** The explicit, ordered list. Append only; never reorder or edit a released step. */
export const MIGRATIONS: readonly Migration[] = [m0001Base, m0002Dictionary, m0003Participants, m0004Batches, m0005Scoring, m0006Exchange, m0007Privacy, m0008Results];
