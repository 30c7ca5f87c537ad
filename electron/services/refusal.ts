import type { ErrorDetail } from '../../shared/contract/envelope';
import type { Language } from '../../shared/i18n/languages';
import type { refusals } from '../../shared/i18n/messages/refusals';
import { translate } from '../../shared/i18n/translate';
import { AppError } from './errors';

type Catalogue = typeof refusals.id;
type Group = keyof Catalogue;
/** "group.key" of a refusal message, checked at compile time so a typo cannot reach a user. */
export type RefusalKey = { [G in Group]: `${G}.${keyof Catalogue[G] & string}` }[Group];

/** A parameter is a plain value (a code, a number, a name) or a word to translate per language. */
type Param = string | number | ((language: Language) => string);
type Params = Record<string, Param>;

/** A catalogue word (a status label, say) in the language being rendered. */
export const word =
  (key: string) =>
  (language: Language): string =>
    translate(language, key);

/**
 * "<Indonesian> / <English>" of a refusal. The registry renders the error template in the
 * session's language and the CLI prints both templates, so the reason inside must read in both.
 */
export function refusalText(key: RefusalKey, params: Params = {}): string {
  const fill = (language: Language) =>
    Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === 'function' ? v(language) : v]));
  return `${translate('id', `refusals.${key}`, fill('id'))} / ${translate('en', `refusals.${key}`, fill('en'))}`;
}

/** BAD_INPUT with a bilingual reason. */
export function refusal(key: RefusalKey, params: Params = {}, details?: ErrorDetail[]): AppError {
  return new AppError('BAD_INPUT', { reason: refusalText(key, params) }, details);
}

/** A VALIDATION detail naming the field, with a bilingual message. */
export function fieldProblem(path: string, key: RefusalKey, params: Params = {}): ErrorDetail {
  return { path, message: refusalText(key, params) };
}

/** VALIDATION naming one field. */
export function invalidField(path: string, key: RefusalKey, params: Params = {}): AppError {
  return new AppError('VALIDATION', {}, [fieldProblem(path, key, params)]);
}

/** The label of a batch status ("Pelaksanaan" / "Running"). */
export const batchStatus = (status: string) => word(`planning.batch.statuses.${status}`);
/** The label of an IDP status ("Disepakati" / "Agreed"). */
export const idpStatus = (status: string) => word(`resultsUi.idp.statuses.${status}`);
