import type { z } from 'zod';
import { dictionaryChannels } from '../../../shared/contract/channels/dictionary';
import { standardFields } from '../../../shared/schemas/position-standard';

/** The post details of standards.create/update (the grid supplies the requirements). */
export const standardDetails = standardFields.pick({ name: true, jenjang: true, unit: true, agency: true });
export type StandardDetailsInput = z.input<typeof standardDetails>;
export type StandardDetails = z.output<typeof standardDetails>;
export const DETAIL_FIELDS = ['name', 'jenjang', 'unit', 'agency'];

/** standards.createFromJenjang's own input schema. */
export const fromJenjangForm = dictionaryChannels['standards.createFromJenjang'].input;
export type FromJenjangInput = z.input<typeof fromJenjangForm>;
export type FromJenjangValues = z.output<typeof fromJenjangForm>;
