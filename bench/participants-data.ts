import { PNS_RANKS } from '../shared/domain/ranks';
import { JENJANG } from '../shared/domain/jenjang';

/**
 * Deterministic participant lists with valid PNS NIPs, for the benchmark and for tests that
 * need many rows. A small linear congruential generator keeps runs comparable.
 */
const FIRST = [
  'Andi',
  'Budi',
  'Citra',
  'Dewi',
  'Eko',
  'Fitri',
  'Gunawan',
  'Hendra',
  'Indah',
  'Joko',
  'Kartika',
  'Lestari',
  'Made',
  'Nur',
  'Putu',
  'Rina',
  'Siti',
  'Teguh',
  'Wahyu',
  'Yuliana',
];
const LAST = [
  'Saputra',
  'Wijaya',
  'Lestari',
  'Hidayat',
  'Suwati',
  'Pratama',
  'Santoso',
  'Kurniawan',
  'Rahmawati',
  'Siregar',
  'Nasution',
  'Harahap',
  'Pangaribuan',
  'Wulandari',
  'Setiawan',
  'Purnomo',
  'Simanjuntak',
  'Sihombing',
  'Manurung',
  'Halim',
];
const UNITS = [
  'Badan Kepegawaian Daerah',
  'Dinas Pendidikan dan Kebudayaan',
  'Dinas Kesehatan',
  'Badan Perencanaan Pembangunan Daerah',
  'Dinas Pekerjaan Umum dan Penataan Ruang',
  'Inspektorat Daerah',
  'Sekretariat Daerah',
  'Dinas Perhubungan',
  'Badan Pendapatan Daerah',
  'Dinas Sosial',
];
const POSTS = [
  'Analis Kepegawaian',
  'Kepala Bidang',
  'Kepala Seksi',
  'Perencana',
  'Auditor',
  'Pengelola Keuangan',
  'Arsiparis',
  'Pranata Komputer',
];

export interface GeneratedParticipant {
  nip: string;
  name: string;
  titleBefore: string;
  titleAfter: string;
  golongan: string;
  jabatan: string;
  jenjang: string;
  unit: string;
  agency: string;
  email: string;
  phone: string;
}

function rng(seed: number) {
  let s = seed >>> 0;
  return (n: number) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    // The high bits of an LCG are the random ones; the low bits cycle.
    return (s >>> 8) % n;
  };
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function generateParticipants(count: number, seed = 42): GeneratedParticipant[] {
  const pick = rng(seed);
  const out: GeneratedParticipant[] = [];
  const seen = new Set<string>();
  while (out.length < count) {
    const y = 1970 + pick(30);
    const m = 1 + pick(12);
    const d = 1 + pick(28);
    const tmtY = Math.min(y + 20 + pick(10), 2024);
    const prefix = `${y}${pad(m)}${pad(d)}${tmtY}${pad(1 + pick(12))}${1 + pick(2)}`;
    let seq = 1;
    while (seen.has(prefix + pad(seq, 3))) seq++;
    const nip = prefix + pad(seq, 3);
    seen.add(nip);
    const first = FIRST[pick(FIRST.length)]!;
    const last = LAST[pick(LAST.length)]!;
    out.push({
      nip,
      name: `${first} ${last}`,
      titleBefore: pick(5) === 0 ? 'Dr.' : '',
      titleAfter: ['S.Sos.', 'S.E.', 'S.T., M.T.', 'M.Si.', ''][pick(5)]!,
      golongan: PNS_RANKS[8 + pick(9)]!.code,
      jabatan: POSTS[pick(POSTS.length)]!,
      jenjang: JENJANG[pick(JENJANG.length)]!.label,
      unit: UNITS[pick(UNITS.length)]!,
      agency: 'Pemerintah Provinsi Kalimantan Timur',
      email: `${first}.${last}${out.length}@kaltimprov.go.id`.toLowerCase(),
      phone: `08${pad(pick(100_000_000), 10)}`,
    });
  }
  return out;
}

export const CSV_HEADER = [
  'NIP',
  'Nama',
  'Gelar Depan',
  'Gelar Belakang',
  'Golongan',
  'Jabatan',
  'Jenjang',
  'Unit Kerja',
  'Instansi',
  'Email',
  'No. HP',
];

const q = (v: string) => (/[",;\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** A CSV as a SIASN-style export writes it: comma separated, UTF-8. */
export function participantsCsv(rows: readonly GeneratedParticipant[], separator = ','): string {
  const lines = [CSV_HEADER.join(separator)];
  for (const r of rows) {
    lines.push(
      [r.nip, r.name, r.titleBefore, r.titleAfter, r.golongan, r.jabatan, r.jenjang, r.unit, r.agency, r.email, r.phone]
        .map(q)
        .join(separator),
    );
  }
  return lines.join('\r\n') + '\r\n';
}
