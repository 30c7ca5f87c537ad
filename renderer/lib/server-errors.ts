import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import type { EnvelopeError } from '../../shared/contract';

/**
 * Puts the main side's field-level details (path "office.code") on the matching form fields, so
 * a rule enforced only there still shows beside the field. Returns the details it could not place.
 */
export function applyServerDetails<T extends FieldValues>(
  error: EnvelopeError,
  fields: readonly string[],
  setError: UseFormSetError<T>,
): void {
  for (const detail of error.details ?? []) {
    if (fields.includes(detail.path)) setError(detail.path as Path<T>, { type: 'server', message: detail.message });
  }
}
