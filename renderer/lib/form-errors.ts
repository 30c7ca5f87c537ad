import type { TFunction } from 'i18next';

/**
 * Form validation uses the contract's own zod schemas. Their messages are turned into catalogue
 * keys here (not into text), so a field error follows a language switch without re-validating.
 */
const NAMED_MESSAGES: Record<string, string> = {
  'code-format': 'shell.validation.codeFormat',
  'username-format': 'shell.validation.usernameFormat',
  'password-mismatch': 'shell.validation.passwordMismatch',
};

interface IssueLike {
  code?: string;
  input?: unknown;
  minimum?: unknown;
  maximum?: unknown;
}

function encode(key: string, params: Record<string, string | number> = {}): string {
  return JSON.stringify({ key, params });
}

/** Per-parse zod error map handed to zodResolver: issue → encoded catalogue key. */
export function zodIssueToKey(issue: IssueLike): string {
  // An empty field says "required" rather than "at least 3 characters".
  if (typeof issue.input === 'string' && issue.input.trim() === '') return encode('shell.validation.required');
  if (issue.code === 'too_small') {
    const min = Number(issue.minimum);
    return min <= 1 ? encode('shell.validation.required') : encode('shell.validation.tooShort', { min });
  }
  if (issue.code === 'too_big') return encode('shell.validation.tooLong', { max: Number(issue.maximum) });
  if (issue.code === 'invalid_type') return encode('shell.validation.required');
  return encode('shell.validation.invalid');
}

export const zodFormOptions = { error: (issue: IssueLike) => zodIssueToKey(issue) };

/** The visible, translated text of a field error message produced by the schemas above. */
export function fieldErrorText(t: TFunction, message: string | undefined): string | undefined {
  if (!message) return undefined;
  const named = NAMED_MESSAGES[message];
  if (named) return t(named);
  if (message.startsWith('{')) {
    try {
      const { key, params } = JSON.parse(message) as { key: string; params: Record<string, string | number> };
      return t(key, params);
    } catch {
      return message;
    }
  }
  return message;
}
