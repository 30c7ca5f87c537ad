import { translate } from '../../shared/i18n/translate';
import type { CodecError, ProblemKey, ProblemParams } from './types';

/** A located problem, with its English text for logs and tests. */
export function problem(path: string, key: ProblemKey, params: ProblemParams = {}): CodecError {
  return { path, key, params, message: translate('en', `dictionary.problems.${key}`, params) };
}
