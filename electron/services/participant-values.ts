import { JENJANG, type JenjangCode } from '../../shared/domain/jenjang';
import { isRealDate, type NipKind, type Sex } from '../../shared/domain/nip';
import { parsePnsRank, parsePppkGrade } from '../../shared/domain/ranks';

/** Readers for the free-text values found in participant files. Each returns null when unsure. */

const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

export function parseKind(raw: string): NipKind | null {
  const k = squash(raw);
  if (k === 'pns' || k === 'cpns') return 'pns';
  if (k === 'pppk' || k === 'p3k') return 'pppk';
  return null;
}

const MALE = new Set(['l', 'lk', 'laki', 'lakilaki', 'pria', 'm', 'male', 'man', '1']);
const FEMALE = new Set(['p', 'pr', 'perempuan', 'wanita', 'w', 'f', 'female', 'woman', '2']);

export function parseSex(raw: string): Sex | null {
  const k = squash(raw);
  return MALE.has(k) ? 'M' : FEMALE.has(k) ? 'F' : null;
}

const MONTHS: Record<string, number> = {
  jan: 1,
  januari: 1,
  january: 1,
  feb: 2,
  februari: 2,
  february: 2,
  peb: 2,
  pebruari: 2,
  mar: 3,
  maret: 3,
  march: 3,
  apr: 4,
  april: 4,
  mei: 5,
  may: 5,
  jun: 6,
  juni: 6,
  june: 6,
  jul: 7,
  juli: 7,
  july: 7,
  agu: 8,
  agt: 8,
  ags: 8,
  agustus: 8,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  okt: 10,
  oktober: 10,
  oct: 10,
  october: 10,
  nov: 11,
  nop: 11,
  november: 11,
  nopember: 11,
  des: 12,
  desember: 12,
  dec: 12,
  december: 12,
};

const iso = (y: number, m: number, d: number) =>
  isRealDate(y, m, d)
    ? `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
    : null;

/** YYYY-MM-DD, DD-MM-YYYY, DD/MM/YYYY, DD.MM.YYYY, "1 Agustus 1966", "01 Aug 1966". Day first, as in Indonesia. */
export function parseDate(raw: string): string | null {
  const t = raw.trim();
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(t);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(t);
  if (m) return iso(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{1,2})[\s-]+([A-Za-z]+)\.?[\s-]+(\d{4})$/.exec(t);
  const month = m ? MONTHS[m[2]!.toLowerCase()] : undefined;
  if (m && month) return iso(Number(m[3]), month, Number(m[1]));
  return null;
}

/** A jenjang code (`ahli-muda`) or its label (`Ahli Muda`, `JPT Pratama`). */
const JENJANG_BY_KEY = new Map<string, JenjangCode>(
  JENJANG.flatMap((j) => [
    [squash(j.code), j.code],
    [squash(j.label), j.code],
  ]),
);

export function parseJenjang(raw: string): JenjangCode | null {
  return JENJANG_BY_KEY.get(squash(raw)) ?? null;
}

/** Golongan by kind: PNS I/a–IV/e, PPPK I–XVII. */
export function parseGolongan(raw: string, kind: NipKind): string | null {
  return kind === 'pppk' ? parsePppkGrade(raw) : parsePnsRank(raw);
}

export const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
