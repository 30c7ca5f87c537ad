import { z } from 'zod';
import { jenjangCode, participantInput, type Participant } from '../../../shared/schemas/participant';

/**
 * The contract's participantInput, except that the jenjang picker's empty choice ('') means
 * "none" (the select has no null value). The NIP itself is checked with shared/domain/nip.ts.
 */
export const participantFormSchema = participantInput.extend({
  jenjang: z.union([z.literal(''), jenjangCode]).transform((v) => (v === '' ? null : v)),
});
export type ParticipantFormInput = z.input<typeof participantFormSchema>;
export type ParticipantFormValues = z.output<typeof participantFormSchema>;

export const EMPTY_PARTICIPANT: ParticipantFormInput = {
  kind: 'pns',
  nip: '',
  name: '',
  titleBefore: '',
  titleAfter: '',
  golongan: '',
  jabatan: '',
  jenjang: '',
  unit: '',
  agency: '',
  email: '',
  phone: '',
};

export function formValuesOf(p: Participant): ParticipantFormInput {
  return {
    kind: p.kind,
    nip: p.nip,
    name: p.name,
    titleBefore: p.titleBefore ?? '',
    titleAfter: p.titleAfter ?? '',
    golongan: p.golongan ?? '',
    jabatan: p.jabatan ?? '',
    jenjang: p.jenjang ?? '',
    unit: p.unit ?? '',
    agency: p.agency ?? '',
    email: p.email ?? '',
    phone: p.phone ?? '',
  };
}

export const PARTICIPANT_FORM_FIELDS = Object.keys(EMPTY_PARTICIPANT);
