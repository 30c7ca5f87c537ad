import { defineMessages } from '../define';

/**
 * The privacy notice shown to each participant (UU 27/2022 on personal data protection). Its
 * version is stored with every acknowledgement; change PRIVACY_NOTICE_VERSION with the text.
 */
export const privacy = defineMessages({
  id: {
    noticeTitle: 'Pemberitahuan Pelindungan Data Pribadi',
    notice:
      'Data pribadi Anda (identitas, jabatan, catatan pengamatan, hasil penilaian kompetensi dan rencana pengembangan) diproses oleh {{office}} untuk penilaian kompetensi ASN berdasarkan tugas dan kewenangan menurut peraturan perundang-undangan (UU 20/2023, PP 11/2017, Peraturan BKN 26/2019). Data disimpan di perangkat kantor, hanya dapat dilihat oleh asesor dan petugas yang ditugaskan, dan hanya dikirim ke instansi yang berwenang dalam berkas terenkripsi. Hasil penilaian berlaku 3 tahun; data disimpan paling lama {{years}} tahun setelah kegiatan, lalu dianonimkan. Anda berhak meminta salinan, perbaikan, atau penghapusan data sesuai UU 27/2022.',
    acknowledged: 'Pemberitahuan telah diterima pada {{date}} ({{method}})',
    methods: { 'on-screen': 'di layar', 'signed-paper': 'formulir bertanda tangan' },
  },
  en: {
    noticeTitle: 'Personal Data Protection Notice',
    notice:
      'Your personal data (identity, position, observation notes, competency assessment results and development plan) is processed by {{office}} for the competency assessment of civil servants, under its statutory duties (Law 20/2023, Government Regulation 11/2017, BKN Regulation 26/2019). The data is kept on office devices, seen only by the assessors and staff assigned, and sent only to competent agencies in encrypted files. Results are valid for 3 years; the data is kept at most {{years}} years after the assessment and then anonymised. You may ask for a copy, correction or erasure of your data under Law 27/2022.',
    acknowledged: 'Notice acknowledged on {{date}} ({{method}})',
    methods: { 'on-screen': 'on screen', 'signed-paper': 'signed form' },
  },
});

export const PRIVACY_NOTICE_VERSION = 'pdp-2026.1';
