import { defineMessages } from '../define';

/** "Periksa dokumen": checking a printed Asesa PDF against this office's data (issue 6). */
export const documents = defineMessages({
  id: {
    errors: {
      tooLarge: 'Berkas "{{file}}" terlalu besar ({{mb}} MB); dokumen Asesa paling besar {{max}} MB.',
      empty: 'Berkas "{{file}}" kosong.',
      notPdf: 'Berkas "{{file}}" bukan PDF.',
      truncated: 'Berkas "{{file}}" terpotong: akhir PDF tidak ada. Salin ulang berkas aslinya.',
      damaged: 'Berkas "{{file}}" rusak atau telah diubah: keterangan dokumennya tidak dapat dibaca.',
      badDescription: 'Keterangan Asesa dalam berkas "{{file}}" rusak atau telah diubah: {{problem}}.',
    },
    verdict: {
      match: 'Cocok: data di basis data ini sama persis dengan data yang dipakai membuat dokumen ini.',
      mismatch:
        'Tidak cocok: data di basis data ini berbeda dari data yang dipakai membuat dokumen ini (data diubah setelah dicetak, atau dokumen telah diubah).',
      unknown:
        'Tidak dikenal: kegiatan asesmen atau peserta dokumen ini tidak ada di basis data ini (mungkin paketnya belum diimpor).',
      notCheckable:
        'Dokumen Asesa tanpa data yang dapat diperiksa: hanya IDP, laporan individual dan rekapitulasi hasil yang membawa keterangan untuk diperiksa (bukan jadwal, daftar peserta atau lembar kertas), atau dokumen dicetak oleh versi Asesa yang lebih lama.',
      notAsesa:
        'Bukan dokumen Asesa yang dapat diperiksa: tidak ada keterangan Asesa (dibuat aplikasi lain atau versi Asesa yang lebih lama).',
    },
    kind: {
      idp: 'Rencana Pengembangan Individu',
      report: 'Laporan Hasil Penilaian Kompetensi',
      recap: 'Rekapitulasi Hasil',
    },
    ui: {
      title: 'Periksa dokumen',
      intro:
        'Pilih PDF yang dicetak Asesa (di kantor ini atau kantor lain). Asesa membandingkan SHA-256 data yang tercetak dengan data di basis data ini. Hanya data yang dibandingkan, bukan tampilan PDF.',
      file: 'Berkas PDF',
      filePlaceholder: 'Pilih berkas PDF',
      check: 'Periksa',
      checking: 'Memeriksa…',
      kind: 'Jenis dokumen',
      documentNumber: 'Nomor dokumen',
      documentId: 'ID dokumen',
      printedHash: 'SHA-256 tercetak',
      localHash: 'SHA-256 data di sini',
      batch: 'Kegiatan asesmen',
      participant: 'Peserta',
      notHere: 'tidak ada di basis data ini',
    },
  },
  en: {
    errors: {
      tooLarge: 'The file "{{file}}" is too large ({{mb}} MB); Asesa documents are at most {{max}} MB.',
      empty: 'The file "{{file}}" is empty.',
      notPdf: 'The file "{{file}}" is not a PDF.',
      truncated: 'The file "{{file}}" is cut short: the end of the PDF is missing. Copy the original file again.',
      damaged: 'The file "{{file}}" is damaged or was altered: its document information cannot be read.',
      badDescription: 'The Asesa description in "{{file}}" is damaged or was altered: {{problem}}.',
    },
    verdict: {
      match: 'Match: the data in this database is exactly the data this document was made from.',
      mismatch:
        'Mismatch: the data in this database differs from the data this document was made from (the data changed after printing, or the document was altered).',
      unknown:
        'Unknown: the batch or participant of this document is not in this database (perhaps its package has not been imported yet).',
      notCheckable:
        'An Asesa document without checkable data: only IDPs, individual reports and results recaps carry a description to check (not schedules, participant lists or paper forms), or it was printed by an older Asesa version.',
      notAsesa:
        'Not a checkable Asesa document: it has no Asesa description (made by another application or an older Asesa version).',
    },
    kind: { idp: 'Individual Development Plan', report: 'Competency Assessment Report', recap: 'Results recap' },
    ui: {
      title: 'Check a document',
      intro:
        'Choose a PDF printed by Asesa (at this office or another). Asesa compares the printed SHA-256 of the data with the data in this database. Only the data is compared, not how the PDF looks.',
      file: 'PDF file',
      filePlaceholder: 'Choose a PDF file',
      check: 'Check',
      checking: 'Checking…',
      kind: 'Document type',
      documentNumber: 'Document number',
      documentId: 'Document ID',
      printedHash: 'Printed SHA-256',
      localHash: 'SHA-256 of the data here',
      batch: 'Batch',
      participant: 'Participant',
      notHere: 'not in this database',
    },
  },
});
