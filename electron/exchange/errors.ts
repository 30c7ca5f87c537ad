import type { ErrorDetail } from '../../shared/contract/envelope';
import { translateBoth } from '../../shared/i18n/translate';
import { AppError } from '../services/errors';

type Params = Record<string, string | number>;

/** "<Indonesian> / <English>": a package problem must be understood on either side. */
export function bilingual(key: string, params: Params = {}): string {
  return translateBoth(`exchange.errors.${key}`, params);
}

/** A refused package: BAD_INPUT with a bilingual reason and optional details (table, row, column). */
export function packageError(key: string, params: Params = {}, details?: ErrorDetail[]): AppError {
  return new AppError('BAD_INPUT', { reason: bilingual(key, params) }, details?.slice(0, 50));
}
