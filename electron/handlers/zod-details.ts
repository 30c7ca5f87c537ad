import { z, type ZodError } from 'zod';
import type { ErrorDetail } from '../../shared/contract/envelope';

const ID = z.locales.id();
const EN = z.locales.en();
type Issue = ZodError['issues'][number];

function say(locale: typeof EN, issue: Issue): string | undefined {
  const m = locale.localeError(issue as never);
  return typeof m === 'string' ? m : m?.message;
}

/**
 * The failing fields of a payload, each "Indonesian / English" (zod's own id and en texts), as
 * the refusals are. A message the schema wrote itself is kept as written. `issue.input` must be
 * present (parse with reportInput) for zod to say what it received.
 */
export function zodDetails(error: ZodError): ErrorDetail[] {
  return error.issues.map((issue) => {
    const en = say(EN, issue);
    const message = en !== undefined && en === issue.message ? `${say(ID, issue) ?? en} / ${en}` : issue.message;
    return { path: issue.path.join('.') || '(input)', message };
  });
}
