import type { ErrorCode, ErrorDetail } from '../../shared/contract/envelope';

/**
 * An expected failure with a code the renderer can explain. Its text comes from the i18n
 * catalogue (`errors.<code>`) in the device language; params fill the placeholders.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: Record<string, string | number> = {},
    readonly details?: ErrorDetail[],
  ) {
    super(`${code} ${JSON.stringify(params)}`);
    this.name = 'AppError';
  }
}
