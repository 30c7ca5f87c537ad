import { z } from 'zod';
import { addTechnicalInput, bilingualInput } from '../../../shared/schemas/dictionary';

/**
 * The edit forms validate with the contract's own pieces: the bilingual texts of
 * frameworks.updateNode / addIndicator and the frameworks.addTechnical payload (less the ids the
 * screen fills in). Indonesian is required; English may wait for a translator.
 */
export const nodeTextForm = z.object({
  name: bilingualInput(200).optional(),
  description: bilingualInput(4000),
});
export type NodeTextForm = z.input<typeof nodeTextForm>;
export const NODE_TEXT_FIELDS = ['name.id', 'name.en', 'description.id', 'description.en'];

export const technicalForm = addTechnicalInput.omit({ frameworkId: true, parent: true });
export type TechnicalFormInput = z.input<typeof technicalForm>;
export type TechnicalFormValues = z.output<typeof technicalForm>;

const blank = () => ({ id: '', en: '' });
export const EMPTY_TECHNICAL: TechnicalFormInput = {
  idNumber: '',
  name: blank(),
  description: blank(),
  levels: [1, 2, 3, 4, 5].map(() => ({ description: blank(), indicators: [blank()] })),
};
