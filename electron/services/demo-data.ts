/**
 * The sample batch's people (issue 6): plausible names of a Kalimantan Timur provincial
 * government, NIPs that pass the PNS checks (birth date · TMT CPNS · sex · sequence), and the
 * units of its dinas/badan. Fictitious: any likeness to a real civil servant is chance.
 */
export interface DemoPerson {
  name: string;
  titleBefore: string | null;
  titleAfter: string | null;
  sex: 1 | 2;
  birth: string;
  tmt: string;
  golongan: string;
  jabatan: string;
  unit: string;
}

const UNITS = [
  'Dinas Pendidikan dan Kebudayaan',
  'Dinas Kesehatan',
  'Badan Kepegawaian Daerah',
  'Badan Perencanaan Pembangunan Daerah',
  'Dinas Pekerjaan Umum dan Penataan Ruang',
  'Dinas Kehutanan',
  'Badan Pendapatan Daerah',
  'Dinas Sosial',
  'Dinas Perhubungan',
  'Inspektorat Daerah',
  'Dinas Lingkungan Hidup',
  'Dinas Komunikasi dan Informatika',
];

const SEKSI = ['Kepala Seksi Perencanaan', 'Kepala Subbagian Umum dan Kepegawaian', 'Kepala Seksi Pengendalian', 'Kepala Subbagian Keuangan', 'Kepala Seksi Pelayanan', 'Kepala Seksi Evaluasi dan Pelaporan'];

const PEOPLE: [string, string | null, string | null, 1 | 2][] = [
  ['Muhammad Rizky Ramadhan', null, 'S.T.', 1],
  ['Siti Rahmah', null, 'S.E., M.Si.', 2],
  ['Ahmad Fauzan Noor', null, 'S.Sos.', 1],
  ['Nurul Hidayah', null, 'S.Kep., Ners', 2],
  ['Yohanes Lawing', null, 'S.Hut.', 1],
  ['Rina Marlina', null, 'S.Pd.', 2],
  ['Gusti Arief Rahman', null, 'S.H.', 1],
  ['Fitri Handayani', null, 'S.AP.', 2],
  ['Andi Baso Tenri', null, 'S.Kom.', 1],
  ['Dewi Kartika Sari', 'dr.', null, 2],
  ['Agustinus Ding', null, 'S.P.', 1],
  ['Norhayati', null, 'S.E.', 2],
  ['Hendra Saputra', null, 'S.T., M.T.', 1],
  ['Maria Ulfah Yuliana', null, 'S.Psi.', 2],
  ['Syahrani Akbar', null, 'S.IP.', 1],
  ['Rusmini', null, 'S.Sos.', 2],
  ['Bambang Sutrisno', 'Ir.', null, 1],
  ['Ratna Juwita', null, 'S.Ak.', 2],
  ['Stefanus Ajang', null, 'S.H., M.H.', 1],
  ['Herlina Tiranda', null, 'S.Si.', 2],
  ['Irwansyah', null, 'S.Kom.', 1],
  ['Annisa Fitriani', null, 'S.K.M.', 2],
  ['Daniel Hebang', null, 'S.E.', 1],
  ['Wahyuni Lestari', null, 'S.Pd., M.Pd.', 2],
];

/** The 24 sample participants; sequences start at `base` so a reused NIP is the same person. */
export function demoParticipants(): (DemoPerson & { nip: string })[] {
  return PEOPLE.map(([name, titleBefore, titleAfter, sex], i) => {
    const year = 1976 + (i % 12);
    const month = String(1 + ((i * 5) % 12)).padStart(2, '0');
    const day = String(3 + ((i * 7) % 25)).padStart(2, '0');
    const tmtYear = year + 24 + (i % 4);
    const tmt = `${tmtYear}${String(1 + ((i * 3) % 12)).padStart(2, '0')}`;
    const nip = `${year}${month}${day}${tmt}${sex}${String(900 + i).padStart(3, '0')}`.slice(0, 18);
    return {
      name,
      titleBefore,
      titleAfter,
      sex,
      birth: `${year}-${month}-${day}`,
      tmt,
      golongan: ['III/c', 'III/d', 'IV/a'][i % 3]!,
      jabatan: `${SEKSI[i % SEKSI.length]}`,
      unit: UNITS[i % UNITS.length]!,
      nip,
    };
  });
}

export const DEMO_ASSESSORS: { username: string; displayName: string; unit: string; certificateLevel: string }[] = [
  { username: 'asesor.demo1', displayName: 'Dr. Hj. Noorhasanah, M.Psi., Psikolog', unit: 'UPT Penilaian Kompetensi BKD', certificateLevel: 'Asesor Madya' },
  { username: 'asesor.demo2', displayName: 'Drs. Abdul Kadir Syam, M.Si.', unit: 'UPT Penilaian Kompetensi BKD', certificateLevel: 'Asesor Madya' },
  { username: 'asesor.demo3', displayName: 'Lusiana Damayanti, S.Psi., M.Psi.', unit: 'Badan Kepegawaian Daerah', certificateLevel: 'Asesor Muda' },
  { username: 'asesor.demo4', displayName: 'Yulius Lahang, S.Sos., M.AP.', unit: 'Badan Pengembangan Sumber Daya Manusia', certificateLevel: 'Asesor Muda' },
  { username: 'asesor.demo5', displayName: 'Rahmawati Sjarifuddin, S.Psi., M.M.', unit: 'Badan Pengembangan Sumber Daya Manusia', certificateLevel: 'Asesor Muda' },
  { username: 'asesor.demo6', displayName: 'Ir. Petrus Bilung, M.T.', unit: 'Inspektorat Daerah', certificateLevel: 'Asesor Pratama' },
];

export const DEMO_COORDINATOR = { username: 'koordinator.demo', displayName: 'Hj. Sri Wahyuningsih, S.Psi., M.Si.' };
export const DEMO_ADMIN = { username: 'admin.demo', displayName: 'Admin Contoh', password: 'asesa-contoh-2026' };
export const DEMO_OFFICE = {
  name: 'Badan Pengembangan Sumber Daya Manusia Provinsi Kalimantan Timur',
  code: 'BPSDM-KALTIM',
  province: 'Kalimantan Timur',
  agency: 'Pemerintah Provinsi Kalimantan Timur',
};

/** Small deterministic generator (mulberry32), so a run is reproducible from its seed. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
