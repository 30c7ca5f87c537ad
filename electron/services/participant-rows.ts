import { looksLikePppk, normaliseNip, validateAsnNumber, type NipKind } from '../../shared/domain/nip';
import type { ParticipantField } from '../../shared/schemas/participant';
import type { RawCell, RawRow } from '../codecs/participants-table';
import type { ParticipantValues } from '../repositories/participant';
import { EMAIL_RE, parseDate, parseGolongan, parseJenjang, parseKind, parseSex } from './participant-values';

/** One problem in one row; `key` is an i18n key under `participants.`. */
export interface RowProblem {
  row: number;
  column: string;
  key: string;
  params: Record<string, string | number>;
}

export interface RowResult {
  row: number;
  /** Digits of the NIP as far as they could be read ('' if not). */
  nip: string;
  values: ParticipantValues | null;
  /** Fields the file gave a value for; empty cells never erase a stored value. */
  given: Set<ParticipantField>;
  problems: RowProblem[];
}

const MAX: Partial<Record<ParticipantField, number>> = { name: 200, titleBefore: 60, titleAfter: 80, phone: 40 };

const TEXT_FIELDS = {
  titleBefore: 'title_before',
  titleAfter: 'title_after',
  jabatan: 'jabatan',
  unit: 'unit',
  agency: 'agency',
  phone: 'phone',
} as const;

export interface RowContext {
  columns: Map<ParticipantField, number>;
  header: readonly string[];
  assessmentDate: string;
  /** The stored kind of an existing participant, used when the file has no kind column. */
  storedKind(nip: string): NipKind | undefined;
}

export function validateRow(raw: RawRow, ctx: RowContext): RowResult {
  const problems: RowProblem[] = [];
  const given = new Set<ParticipantField>();
  const columnName = (f: ParticipantField) => ctx.header[ctx.columns.get(f) ?? -1] ?? f;
  const report = (field: ParticipantField | null, key: string, params: Record<string, string | number> = {}) =>
    problems.push({ row: raw.row, column: field ? columnName(field) : '', key, params });
  const cellOf = (f: ParticipantField): RawCell | null => {
    const i = ctx.columns.get(f);
    return i === undefined ? null : (raw.cells[i] ?? null);
  };
  /** Trimmed text of a usable cell, '' when empty; reports merged/error cells of required fields. */
  const text = (f: ParticipantField, required = false): string => {
    const c = cellOf(f);
    if (!c) return '';
    if (c.kind === 'error') report(f, 'problems.formulaError', { value: c.text || '—' });
    if (c.kind === 'merged' && required) report(f, 'problems.mergedCell');
    if (c.kind === 'error' || c.kind === 'merged') return '';
    const t = c.text.trim();
    if (t) given.add(f);
    const max = MAX[f] ?? 200;
    if (t.length > max) report(f, 'problems.tooLong', { count: t.length, max });
    return t;
  };

  const nipCell = cellOf('nip');
  const nipText = text('nip', true);
  const digits = normaliseNip(nipText);
  const kindText = text('kind');
  const kind = kindText ? parseKind(kindText) : (ctx.storedKind(digits) ?? 'pns');
  if (!kind) report('kind', 'problems.kindUnknown', { value: kindText });

  let nipOk = false;
  let sex: 'M' | 'F' | null = null;
  let birth: string | null = null;
  if (nipCell?.kind === 'number') {
    report('nip', 'nip.numericCell', { value: nipCell.text });
  } else if (nipCell?.kind !== 'merged' && nipCell?.kind !== 'error') {
    const options = { assessmentDate: ctx.assessmentDate };
    const r = validateAsnNumber(nipText, kind ?? 'pns', options);
    for (const e of r.errors) report('nip', `nip.${e.code}`, e.params);
    if (kind === 'pns' && looksLikePppk(nipText, options)) report('nip', 'nip.maybePppk');
    nipOk = r.ok;
    sex = r.sex;
    birth = r.birthDate;
  }

  const name = text('name', true);
  if (!name && cellOf('name')?.kind !== 'merged') report('name', 'problems.nameMissing');

  const sexText = text('sex');
  if (sexText) {
    const s = parseSex(sexText);
    if (!s) report('sex', 'problems.sexUnknown', { value: sexText });
    else if (sex && s !== sex)
      report('sex', 'problems.sexMismatch', { value: sexText, expected: sex === 'M' ? 'L' : 'P' });
  }
  const birthCell = cellOf('birthDate');
  const birthText = text('birthDate');
  if (birthText) {
    const d = birthCell?.kind === 'date' ? birthText : parseDate(birthText);
    if (!d) report('birthDate', 'problems.birthDateUnreadable', { value: birthText });
    else if (birth && d !== birth) report('birthDate', 'problems.birthDateMismatch', { value: d, expected: birth });
  }
  const golText = text('golongan');
  const golongan = golText && kind ? parseGolongan(golText, kind) : null;
  if (golText && kind && !golongan) report('golongan', 'problems.golonganUnknown', { value: golText });
  const jenjangText = text('jenjang');
  const jenjang = jenjangText ? parseJenjang(jenjangText) : null;
  if (jenjangText && !jenjang) report('jenjang', 'problems.jenjangUnknown', { value: jenjangText });
  const email = text('email');
  if (email && !EMAIL_RE.test(email)) report('email', 'problems.emailInvalid', { value: email });

  const free = Object.fromEntries(
    Object.entries(TEXT_FIELDS).map(([field, column]) => [column, text(field as ParticipantField) || null]),
  ) as Record<(typeof TEXT_FIELDS)[keyof typeof TEXT_FIELDS], string | null>;

  const values: ParticipantValues | null =
    problems.length === 0 && nipOk && kind && sex && birth
      ? { kind, nip: digits, name, sex, birth_date: birth, golongan, jenjang, email: email || null, ...free }
      : null;
  return { row: raw.row, nip: /^\d{18}$/.test(digits) ? digits : '', values, given, problems };
}
