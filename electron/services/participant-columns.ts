import type { ColumnMapping, ParticipantField } from '../../shared/schemas/participant';

/**
 * Header names as SIASN/SIMPEG exports and hand-made Excel sheets write them, Indonesian and
 * English, compared after lower-casing and dropping spaces and punctuation ("Unit Kerja",
 * "UNIT_KERJA" and "unit-kerja" are one name). Within a field, earlier names win: a sheet with
 * both "Golongan" and "Pangkat" columns maps "Golongan".
 */
const SYNONYMS: Record<ParticipantField, string[]> = {
  nip: [
    'nip',
    'nipbaru',
    'nipnipppk',
    'nipnippppk',
    'nippppk',
    'nipppk',
    'nomorindukpegawai',
    'employeeid',
    'employeenumber',
  ],
  kind: [
    'jenisasn',
    'statusasn',
    'jenispegawai',
    'statuspegawai',
    'statuskepegawaian',
    'asnkind',
    'employmenttype',
    'kind',
  ],
  name: ['nama', 'namalengkap', 'namapegawai', 'namapeserta', 'name', 'fullname'],
  titleBefore: ['gelardepan', 'titlebefore', 'titlebeforename', 'prefix'],
  titleAfter: ['gelarbelakang', 'titleafter', 'titleaftername', 'suffix'],
  sex: ['jeniskelamin', 'kelamin', 'jk', 'lp', 'sex', 'gender'],
  birthDate: ['tanggallahir', 'tgllahir', 'tgllhr', 'birthdate', 'dateofbirth', 'dob'],
  golongan: [
    'golongan',
    'golonganruang',
    'golru',
    'gol',
    'golonganpangkat',
    'golpangkat',
    'pangkatgolongan',
    'pangkatgolonganruang',
    'rank',
    'grade',
    'golonganrank',
    'pangkat',
  ],
  jabatan: ['jabatan', 'namajabatan', 'jabatanterakhir', 'post', 'position', 'jobtitle'],
  jenjang: ['jenjang', 'jenjangjabatan', 'level', 'joblevel', 'postlevel'],
  unit: ['unitkerja', 'unitorganisasi', 'opd', 'satuankerja', 'satker', 'unit', 'workunit', 'department'],
  agency: ['instansi', 'instansiinduk', 'namainstansi', 'agency', 'institution'],
  email: ['email', 'surel', 'alamatemail', 'emailaddress', 'surelemail'],
  phone: [
    'telepon',
    'telp',
    'notelp',
    'nomortelepon',
    'teleponhp',
    'hp',
    'nohp',
    'nomorhp',
    'handphone',
    'phone',
    'mobile',
    'phonenumber',
    'nowa',
    'whatsapp',
  ],
};

export const REQUIRED_FIELDS: readonly ParticipantField[] = ['nip', 'name'];

export const headerKey = (header: string) => header.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * Which column holds which field. Recognised headers first; then the caller's explicit mapping
 * (from the mapping screen) overrides: a column index, or null to ignore the field.
 */
export function resolveColumns(header: readonly string[], mapping: ColumnMapping = {}): Map<ParticipantField, number> {
  const keys = header.map(headerKey);
  const taken = new Set<number>();
  const out = new Map<ParticipantField, number>();
  const fields = Object.keys(SYNONYMS) as ParticipantField[];
  // Rank 0 names first across all fields, then rank 1, …, so a precise name never loses to a vague one.
  const depth = Math.max(...fields.map((f) => SYNONYMS[f].length));
  for (let rank = 0; rank < depth; rank++) {
    for (const field of fields) {
      const name = SYNONYMS[field][rank];
      if (!name || out.has(field)) continue;
      const index = keys.findIndex((k, i) => k === name && !taken.has(i));
      if (index >= 0) {
        out.set(field, index);
        taken.add(index);
      }
    }
  }
  for (const [field, index] of Object.entries(mapping) as [ParticipantField, number | null][]) {
    for (const [f, i] of out) if (i === index && f !== field) out.delete(f);
    if (index === null || index >= header.length) out.delete(field);
    else out.set(field, index);
  }
  return out;
}
