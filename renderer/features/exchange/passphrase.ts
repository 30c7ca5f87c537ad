export const MIN_PASSPHRASE = 10;

export type Strength = 'weak' | 'fair' | 'strong';

/**
 * A rough hint, not a gate: length counts most (several words beat clever symbols), with a
 * little credit for mixing kinds of characters. Anything under the minimum is weak.
 */
export function passphraseStrength(value: string): Strength {
  const length = [...value].length;
  if (length < MIN_PASSPHRASE) return 'weak';
  const kinds = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((r) => r.test(value)).length;
  const words = value.trim().split(/\s+/).length;
  if (length >= 20 || (length >= 14 && (kinds >= 3 || words >= 3))) return 'strong';
  return 'fair';
}

/** Why the two typed passphrases cannot be used yet, as a catalogue key (null when fine). */
export function passphraseProblem(passphrase: string, confirm: string): 'tooShort' | 'mismatch' | null {
  if ([...passphrase].length < MIN_PASSPHRASE) return 'tooShort';
  if (passphrase !== confirm) return 'mismatch';
  return null;
}
