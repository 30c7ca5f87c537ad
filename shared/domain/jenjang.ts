/**
 * Jabatan groups and jenjang (domain.md §7.3), high to low within each group.
 * Codes are stable identifiers stored in the database; labels come from the i18n catalogue.
 */
export const JENJANG = [
  { code: 'jpt-utama', group: 'jpt', label: 'JPT Utama' },
  { code: 'jpt-madya', group: 'jpt', label: 'JPT Madya' },
  { code: 'jpt-pratama', group: 'jpt', label: 'JPT Pratama' },
  { code: 'administrator', group: 'administrasi', label: 'Administrator' },
  { code: 'pengawas', group: 'administrasi', label: 'Pengawas' },
  { code: 'pelaksana', group: 'administrasi', label: 'Pelaksana' },
  { code: 'ahli-utama', group: 'fungsional-keahlian', label: 'Ahli Utama' },
  { code: 'ahli-madya', group: 'fungsional-keahlian', label: 'Ahli Madya' },
  { code: 'ahli-muda', group: 'fungsional-keahlian', label: 'Ahli Muda' },
  { code: 'ahli-pertama', group: 'fungsional-keahlian', label: 'Ahli Pertama' },
  { code: 'penyelia', group: 'fungsional-keterampilan', label: 'Penyelia' },
  { code: 'mahir', group: 'fungsional-keterampilan', label: 'Mahir' },
  { code: 'terampil', group: 'fungsional-keterampilan', label: 'Terampil' },
  { code: 'pemula', group: 'fungsional-keterampilan', label: 'Pemula' },
] as const;

export type JenjangCode = (typeof JENJANG)[number]['code'];
export type JabatanGroup = (typeof JENJANG)[number]['group'];
export const JENJANG_CODES = JENJANG.map((j) => j.code) as [JenjangCode, ...JenjangCode[]];
