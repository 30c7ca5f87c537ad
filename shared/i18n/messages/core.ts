import { defineMessages } from '../define';

export const core = defineMessages({
  id: {
    app: { name: 'Asesa', tagline: 'Pusat Asesmen Kompetensi ASN' },
    errors: {
      VALIDATION: 'Data tidak valid. Periksa isian yang ditandai.',
      UNKNOWN_CHANNEL: 'Perintah "{{channel}}" tidak dikenal.',
      UNAUTHENTICATED: 'Silakan masuk terlebih dahulu.',
      FORBIDDEN: 'Peran Anda tidak berhak melakukan tindakan ini.',
      NOT_FOUND: 'Data tidak ditemukan.',
      CONFLICT: 'Data sudah ada: {{what}}.',
      STALE:
        'Data ini sudah diubah orang lain sejak Anda membukanya ({{what}}). Perubahan Anda belum disimpan: muat ulang data terbaru, lalu ulangi perubahan Anda.',
      ALREADY_SET_UP: 'Kantor sudah disiapkan. Silakan masuk.',
      NOT_SET_UP: 'Aplikasi belum disiapkan.',
      BAD_CREDENTIALS: 'Nama pengguna atau kata sandi salah.',
      LOCKED_OUT: 'Terlalu banyak percobaan gagal. Coba lagi dalam {{seconds}} detik.',
      SESSION_LOCKED: 'Layar terkunci karena tidak ada aktivitas. Masukkan kata sandi untuk melanjutkan.',
      DB_TOO_NEW:
        'Basis data ini dibuat oleh versi Asesa yang lebih baru (skema {{found}}, aplikasi ini mendukung sampai {{supported}}). Perbarui Asesa; berkas tidak diubah.',
      BAD_INPUT: 'Masukan tidak dapat diproses: {{reason}}',
      TRANSPORT: 'Tidak dapat menghubungi layanan Asesa: {{reason}}',
      INTERNAL: 'Terjadi kesalahan internal. Data Anda tidak diubah.',
    },
  },
  en: {
    app: { name: 'Asesa', tagline: 'ASN Competency Assessment Centre' },
    errors: {
      VALIDATION: 'The data is not valid. Check the marked fields.',
      UNKNOWN_CHANNEL: 'Unknown command "{{channel}}".',
      UNAUTHENTICATED: 'Please sign in first.',
      FORBIDDEN: 'Your role may not do this.',
      NOT_FOUND: 'Not found.',
      CONFLICT: 'Already exists: {{what}}.',
      STALE:
        'Someone else changed this since you opened it ({{what}}). Your change was not saved: load the latest version, then make your change again.',
      ALREADY_SET_UP: 'The office is already set up. Please sign in.',
      NOT_SET_UP: 'The application has not been set up yet.',
      BAD_CREDENTIALS: 'Wrong user name or password.',
      LOCKED_OUT: 'Too many failed attempts. Try again in {{seconds}} seconds.',
      SESSION_LOCKED: 'The screen was locked after a period of inactivity. Enter your password to continue.',
      DB_TOO_NEW:
        'This database was made by a newer Asesa (schema {{found}}; this app supports up to {{supported}}). Update Asesa; the file was not changed.',
      BAD_INPUT: 'The input cannot be processed: {{reason}}',
      TRANSPORT: 'Cannot reach the Asesa service: {{reason}}',
      INTERNAL: 'An internal error happened. Your data was not changed.',
    },
  },
});
