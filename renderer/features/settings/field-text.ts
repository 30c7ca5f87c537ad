import type { TFunction } from 'i18next';
import { fieldErrorText } from '../../lib/form-errors';

/**
 * Field messages named by this feature's schemas (and by the main side's details, e.g.
 * auth.changePassword's "same-as-current"), then the shell's general ones.
 */
const NAMED: Record<string, string> = {
  'same-as-current': 'settingsUi.account.sameAsCurrent',
  'idle-range': 'settingsUi.security.range',
  'years-range': 'settingsUi.privacy.yearsRange',
  'nip-format': 'settingsUi.privacy.nipInvalid',
};

export function settingsFieldText(t: TFunction, message: string | undefined): string | undefined {
  if (message && NAMED[message]) return t(NAMED[message]);
  return fieldErrorText(t, message);
}
