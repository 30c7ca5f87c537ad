import type { TFunction } from 'i18next';
import {
  GROUP_SIZE,
  MIN_ASSESSORS_PER_PARTICIPANT,
  MIN_EXERCISES_PER_COMPETENCY,
} from '../../../shared/domain/planning';
import type { PlanWarning } from './use-batch';

export interface NameBook {
  participant(id: string): string;
  assessor(id: string): string;
  competency(code: string): string;
  date(iso: string): string;
}

/** One planning warning as a plain sentence with its reason, in the current language. */
export function warningText(t: TFunction, w: PlanWarning, names: NameBook): string {
  const k = (key: string, params: Record<string, string | number>) => t(`planning.warnings.${key}`, params);
  switch (w.code) {
    case 'too-few-assessors':
      return k(w.count === 0 ? 'tooFewAssessorsNone' : 'tooFewAssessors', {
        participant: names.participant(w.participantId),
        count: w.count,
        min: MIN_ASSESSORS_PER_PARTICIPANT,
      });
    case 'group-size':
      return k('groupSize', { size: w.size, min: GROUP_SIZE.min, max: GROUP_SIZE.max });
    case 'competency-coverage':
      return k(w.exercises === 0 ? 'coverageNone' : 'coverage', {
        competency: names.competency(w.competency),
        count: w.exercises,
        min: MIN_EXERCISES_PER_COMPETENCY,
      });
    case 'same-unit':
      return k('sameUnit', {
        assessor: names.assessor(w.assessorId),
        participant: names.participant(w.participantId),
        unit: w.unit,
      });
    case 'certificate-expired':
      return w.expiry
        ? k('certificateExpired', { assessor: names.assessor(w.assessorId), expiry: names.date(w.expiry) })
        : k('certificateMissing', { assessor: names.assessor(w.assessorId) });
    case 'assessor-overload':
      return k('overload', {
        assessor: names.assessor(w.assessorId),
        count: w.count,
        day: names.date(w.day),
        start: w.start,
      });
    case 'participant-clash':
      return k('clash', { participant: names.participant(w.participantId), day: names.date(w.day), start: w.start });
  }
}
