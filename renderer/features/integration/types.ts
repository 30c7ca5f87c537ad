import type { IntegrationMatrix } from '../../../shared/schemas/scoring';

export type MatrixRow = IntegrationMatrix['participants'][number];
export type MatrixCell = MatrixRow['cells'][number];
export type CellFlag = MatrixCell['flags'][number];
