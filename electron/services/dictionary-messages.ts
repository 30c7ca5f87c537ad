import type { ErrorDetail } from '../../shared/contract/envelope';
import type { dictionary } from '../../shared/i18n/messages/dictionary';
import { translate, translateBoth } from '../../shared/i18n/translate';
import type { CodecError, ProblemKey, ProblemParams } from '../codecs/types';
import type { Db } from '../db/connection';
import { getLanguage } from './settings';

type ReasonKey = keyof typeof dictionary.en.reasons;

/** A problem detail in the device language (the codecs and checks speak in message keys). */
export function detail(db: Db, path: string, key: ProblemKey, params: ProblemParams = {}): ErrorDetail {
  return { path, message: translate(getLanguage(db), `dictionary.problems.${key}`, params) };
}

export function localise(db: Db, errors: readonly CodecError[]): ErrorDetail[] {
  return errors.map((e) => detail(db, e.path, e.key, e.params));
}

/**
 * The {{reason}} of a BAD_INPUT error, in Indonesian and English: the CLI prints the error in
 * both languages, so a one-language reason would sit inside the other language's sentence.
 */
export function reason(key: ReasonKey, params: ProblemParams = {}): string {
  return translateBoth(`dictionary.reasons.${key}`, params);
}
