/**
 * NIP (PNS) and NI PPPK checks, domain.md §7.1. Pure: no Node, no DOM.
 *
 * PNS NIP, 18 digits: birth date YYYYMMDD · first CPNS appointment (TMT) YYYYMM · sex 1/2 ·
 * sequence 001–999. NI PPPK, 18 digits: birth date YYYYMMDD · year of first appointment as
 * calon PPPK YYYY · number of work agreements (2 digits, NOT a month) · sex 1/2 · sequence.
 */

export type NipKind = 'pns' | 'pppk';
export type Sex = 'M' | 'F';

/** Stable codes; the text is `participants.nip.<code>` in the i18n catalogue. */
export type NipErrorCode =
  | 'empty'
  | 'scientific'
  | 'decimal'
  | 'numericCell'
  | 'notDigits'
  | 'tooShort'
  | 'legacyNip'
  | 'tooLong'
  | 'birthDate'
  | 'age'
  | 'tmtMonth'
  | 'tmtBeforeAdult'
  | 'tmtFuture'
  | 'pppkAgreements'
  | 'pppkYearBeforeAdult'
  | 'pppkYearFuture'
  | 'sex'
  | 'sequence';

export interface NipProblem {
  code: NipErrorCode;
  params: Record<string, string | number>;
}

export interface NipResult {
  ok: boolean;
  kind: NipKind;
  /** Digits only, as stored. */
  nip: string;
  birthDate: string | null;
  sex: Sex | null;
  /** PNS: TMT CPNS as YYYY-MM. PPPK: null. */
  tmtCpns: string | null;
  /** PPPK: year of first appointment. PNS: null. */
  pppkYear: number | null;
  errors: NipProblem[];
}

export const NIP_LENGTH = 18;
export const LEGACY_NIP_LENGTH = 9;
export const MIN_AGE = 17;
export const MAX_AGE = 65;
/** Appointment not before the 18th birthday (approximation: month precision, day ignored). */
export const MIN_APPOINTMENT_AGE = 18;

/** Removes the separators people print NIPs with: spaces (also non-breaking), dots, hyphens. */
export function normaliseNip(raw: string): string {
  return raw.replace(/[\s\u00a0.-]/g, '');
}

/**
 * Recognises what a spreadsheet does to an 18-digit number: `1.97E+17` (scientific notation),
 * `196608011988031001.0` (float formatting), or too few digits. Such a NIP is refused with an
 * explanation and never "repaired": the lost digits cannot be known.
 */
export function spreadsheetDamage(raw: string): NipProblem | null {
  const text = raw.trim();
  if (/^[0-9](?:[.,][0-9]+)?[eE][+]?[0-9]+$/.test(text)) return { code: 'scientific', params: { value: text } };
  if (/^[0-9]{6,}[.,]0+$/.test(text)) return { code: 'decimal', params: { value: text } };
  return null;
}

interface YMD {
  y: number;
  m: number;
  d: number;
}

export function isRealDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
  return d <= days;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const iso = (p: YMD) => `${pad(p.y, 4)}-${pad(p.m)}-${pad(p.d)}`;

/** Whole years between two dates (birthday not yet reached this year → one less). */
export function ageOn(birth: YMD, on: YMD): number {
  const years = on.y - birth.y;
  return on.m < birth.m || (on.m === birth.m && on.d < birth.d) ? years - 1 : years;
}

export function parseIsoDate(value: string): YMD | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return null;
  const p = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return isRealDate(p.y, p.m, p.d) ? p : null;
}

/** Shape checks shared by both kinds; returns the digits or the problems. */
function checkShape(raw: string): { digits: string; errors: NipProblem[] } {
  const damage = spreadsheetDamage(raw);
  if (damage) return { digits: '', errors: [damage] };
  const digits = normaliseNip(raw.trim());
  if (digits === '') return { digits, errors: [{ code: 'empty', params: {} }] };
  if (!/^[0-9]+$/.test(digits)) return { digits, errors: [{ code: 'notDigits', params: { value: raw.trim() } }] };
  // Before the 2007–2009 conversion NIPs had 9 digits (domain.md §7.1); say so rather than "too short".
  if (digits.length === LEGACY_NIP_LENGTH)
    return { digits, errors: [{ code: 'legacyNip', params: { value: digits } }] };
  if (digits.length < NIP_LENGTH) return { digits, errors: [{ code: 'tooShort', params: { count: digits.length } }] };
  if (digits.length > NIP_LENGTH) return { digits, errors: [{ code: 'tooLong', params: { count: digits.length } }] };
  return { digits, errors: [] };
}

function checkBirth(digits: string, on: YMD, errors: NipProblem[]): YMD | null {
  const birth = { y: Number(digits.slice(0, 4)), m: Number(digits.slice(4, 6)), d: Number(digits.slice(6, 8)) };
  if (!isRealDate(birth.y, birth.m, birth.d) || birth.y < 1900) {
    errors.push({ code: 'birthDate', params: { value: digits.slice(0, 8) } });
    return null;
  }
  const age = ageOn(birth, on);
  if (age < MIN_AGE || age > MAX_AGE) errors.push({ code: 'age', params: { age, min: MIN_AGE, max: MAX_AGE } });
  return birth;
}

function checkTail(digits: string, errors: NipProblem[]): Sex | null {
  const sexDigit = digits[14]!;
  if (sexDigit !== '1' && sexDigit !== '2') errors.push({ code: 'sex', params: { value: sexDigit } });
  if (digits.slice(15) === '000') errors.push({ code: 'sequence', params: { value: '000' } });
  return sexDigit === '1' ? 'M' : sexDigit === '2' ? 'F' : null;
}

function toYmd(date: Date | string): YMD {
  if (typeof date === 'string') {
    const p = parseIsoDate(date);
    if (!p) throw new Error(`assessmentDate must be YYYY-MM-DD: ${date}`);
    return p;
  }
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

export interface NipOptions {
  /** The age and "not in the future" checks are relative to this date (YYYY-MM-DD or a Date). */
  assessmentDate: Date | string;
}

interface MiddleCheck {
  digits: string;
  on: YMD;
  birth: YMD | null;
  result: NipResult;
  errors: NipProblem[];
}

/**
 * Shape, birth date (digits 1–8) and sex and serial (15–18) are the same for both kinds of
 * number; `checkMiddle` checks what differs, digits 9–14.
 */
function validateNumber(
  kind: NipKind,
  raw: string,
  options: NipOptions,
  checkMiddle: (c: MiddleCheck) => void,
): NipResult {
  const on = toYmd(options.assessmentDate);
  const { digits, errors } = checkShape(raw);
  const result: NipResult = {
    ok: false,
    kind,
    nip: digits,
    birthDate: null,
    sex: null,
    tmtCpns: null,
    pppkYear: null,
    errors,
  };
  if (errors.length) return result;
  const birth = checkBirth(digits, on, errors);
  checkMiddle({ digits, on, birth, result, errors });
  result.sex = checkTail(digits, errors);
  if (birth) result.birthDate = iso(birth);
  result.ok = errors.length === 0;
  return result;
}

/** Validates a PNS NIP: digits 9–14 are the TMT CPNS (year and month). */
export function validateNip(raw: string, options: NipOptions): NipResult {
  return validateNumber('pns', raw, options, ({ digits, on, birth, result, errors }) => {
    const tmtY = Number(digits.slice(8, 12));
    const tmtM = Number(digits.slice(12, 14));
    if (tmtM < 1 || tmtM > 12 || tmtY < 1900) {
      errors.push({ code: 'tmtMonth', params: { value: digits.slice(8, 14) } });
      return;
    }
    result.tmtCpns = `${pad(tmtY, 4)}-${pad(tmtM)}`;
    if (tmtY * 12 + tmtM > on.y * 12 + on.m) errors.push({ code: 'tmtFuture', params: { value: result.tmtCpns } });
    else if (birth && tmtY * 12 + tmtM < (birth.y + MIN_APPOINTMENT_AGE) * 12 + birth.m) {
      errors.push({ code: 'tmtBeforeAdult', params: { value: result.tmtCpns, years: MIN_APPOINTMENT_AGE } });
    }
  });
}

/** Validates an NI PPPK: digits 9–12 are the year of appointment, 13–14 count work agreements and are not a month. */
export function validateNiPppk(raw: string, options: NipOptions): NipResult {
  return validateNumber('pppk', raw, options, ({ digits, on, birth, result, errors }) => {
    const year = Number(digits.slice(8, 12));
    result.pppkYear = year;
    if (year > on.y) errors.push({ code: 'pppkYearFuture', params: { value: year } });
    else if (birth && year < birth.y + MIN_APPOINTMENT_AGE) {
      errors.push({ code: 'pppkYearBeforeAdult', params: { value: year, years: MIN_APPOINTMENT_AGE } });
    }
    if (digits.slice(12, 14) === '00') errors.push({ code: 'pppkAgreements', params: { value: '00' } });
  });
}

/**
 * A number refused as a PNS NIP only because digits 13–14 are not a month, but valid as an
 * NI PPPK, is most likely a PPPK whose kind was not given: worth a hint, never a silent switch.
 */
export function looksLikePppk(raw: string, options: NipOptions): boolean {
  const pns = validateNip(raw, options);
  return !pns.ok && pns.errors.every((e) => e.code === 'tmtMonth') && validateNiPppk(raw, options).ok;
}

export function validateAsnNumber(raw: string, kind: NipKind, options: NipOptions): NipResult {
  return kind === 'pppk' ? validateNiPppk(raw, options) : validateNip(raw, options);
}

/** `196608011988031001` → `19660801 198803 1 001`, the printed form. */
export function formatNip(nip: string): string {
  return nip.length === NIP_LENGTH
    ? `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}`
    : nip;
}
