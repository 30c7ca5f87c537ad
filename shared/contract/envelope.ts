/** Every reply that crosses the process boundary has this shape. */
export type ErrorCode =
  | 'VALIDATION'
  | 'UNKNOWN_CHANNEL'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  /** Someone saved the record after this user opened it (optimistic revision check). */
  | 'STALE'
  | 'ALREADY_SET_UP'
  | 'NOT_SET_UP'
  | 'BAD_CREDENTIALS'
  | 'LOCKED_OUT'
  | 'SESSION_LOCKED'
  | 'DB_TOO_NEW'
  | 'BAD_INPUT'
  | 'TRANSPORT'
  | 'INTERNAL';

export interface ErrorDetail {
  /** Where the problem is: a field path, a row number, a file name. */
  path: string;
  message: string;
}

export interface EnvelopeError {
  code: ErrorCode;
  message: string;
  details?: ErrorDetail[];
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: EnvelopeError };

export function ok<T>(value: T): Envelope<T> {
  return { ok: true, value };
}

export function fail(code: ErrorCode, message: string, details?: ErrorDetail[]): Envelope<never> {
  return details && details.length > 0
    ? { ok: false, error: { code, message, details } }
    : { ok: false, error: { code, message } };
}
