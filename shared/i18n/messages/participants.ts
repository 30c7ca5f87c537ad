import { defineMessages } from '../define';

/** Participant registry and its import (issue 4). Terms as BKN writes them: NIP, NI PPPK, golongan. */
export const participants = defineMessages({
  id: {
    nip: {
      empty: 'NIP kosong.',
      scientific:
        'NIP "{{value}}" telah diubah menjadi angka oleh aplikasi lembar kerja (notasi ilmiah); digit aslinya hilang. Format kolom NIP sebagai Teks lalu ketik ulang atau ekspor ulang dari SIASN/SIMPEG.',
      decimal:
        'NIP "{{value}}" tersimpan sebagai angka desimal oleh aplikasi lembar kerja. Format kolom NIP sebagai Teks dan ekspor ulang; NIP tidak ditebak.',
      numericCell:
        'Sel NIP berisi angka ({{value}}), bukan teks: lembar kerja hanya menyimpan 15 digit angka, sehingga digit terakhir NIP bisa hilang. Format kolom NIP sebagai Teks dan ketik ulang; NIP tidak ditebak.',
      notDigits: 'NIP "{{value}}" mengandung karakter selain angka.',
      tooShort:
        'NIP hanya {{count}} digit, seharusnya 18. Digit bisa hilang saat lembar kerja mengubahnya menjadi angka; NIP tidak ditebak.',
      tooLong: 'NIP {{count}} digit, seharusnya 18.',
      legacyNip: '{{value}} adalah NIP lama 9 digit (sebelum konversi 2007–2009). Gunakan NIP baru 18 digit.',
      maybePppk: 'Nomor ini valid sebagai NI PPPK. Bila pegawai ini PPPK, isi kolom Jenis ASN dengan "PPPK".',
      birthDate: 'Digit 1–8 NIP ({{value}}) bukan tanggal lahir yang valid.',
      age: 'Umur menurut NIP {{age}} tahun, di luar batas wajar {{min}}–{{max}} tahun pada tanggal asesmen.',
      tmtMonth: 'Digit 9–14 NIP ({{value}}) bukan tahun dan bulan TMT CPNS yang valid (bulan 01–12).',
      tmtBeforeAdult: 'TMT CPNS {{value}} lebih awal daripada umur {{years}} tahun (perkiraan per bulan).',
      tmtFuture: 'TMT CPNS {{value}} berada di masa depan.',
      pppkAgreements: 'Digit 13–14 NI PPPK (jumlah perjanjian kerja) tidak boleh 00.',
      pppkYearBeforeAdult: 'Tahun pengangkatan PPPK {{value}} lebih awal daripada umur {{years}} tahun.',
      pppkYearFuture: 'Tahun pengangkatan PPPK {{value}} berada di masa depan.',
      sex: 'Digit ke-15 NIP ({{value}}) harus 1 (laki-laki) atau 2 (perempuan).',
      sequence:
        'Nomor urut NIP (digit 16–18) tidak boleh 000. Bila NIP diketik sebagai angka, digit terakhirnya bisa berubah menjadi 0.',
    },
    problems: {
      nameMissing: 'Nama kosong.',
      mergedCell:
        'Sel ini bagian dari sel gabungan; hanya sel kiri atas yang berisi nilai, sehingga sel ini dianggap kosong.',
      formulaError: 'Rumus di sel ini tidak memiliki hasil yang tersimpan atau menghasilkan galat ({{value}}).',
      kindUnknown: 'Jenis ASN "{{value}}" tidak dikenal (PNS atau PPPK).',
      sexUnknown: 'Jenis kelamin "{{value}}" tidak dikenal (L/P).',
      sexMismatch: 'Jenis kelamin di berkas ({{value}}) tidak sama dengan NIP ({{expected}}).',
      birthDateUnreadable: 'Tanggal lahir "{{value}}" tidak terbaca (gunakan TTTT-BB-HH atau HH-BB-TTTT).',
      birthDateMismatch: 'Tanggal lahir di berkas ({{value}}) tidak sama dengan NIP ({{expected}}).',
      golonganUnknown: 'Golongan "{{value}}" tidak dikenal (I/a–IV/e untuk PNS, I–XVII untuk PPPK).',
      jenjangUnknown: 'Jenjang jabatan "{{value}}" tidak dikenal.',
      emailInvalid: 'Alamat email "{{value}}" tidak valid.',
      tooLong: 'Isian terlalu panjang ({{count}} karakter, maksimum {{max}}).',
      duplicateNip: 'NIP {{nip}} muncul lebih dari sekali dalam berkas (baris {{rows}}); semua baris itu ditolak.',
    },
    file: {
      tooLarge: 'Berkas {{size}} MB melebihi batas {{max}} MB dan tidak dibaca. Bagi berkas menjadi beberapa bagian.',
      empty: 'Berkas kosong.',
      noRows: 'Berkas hanya berisi baris judul, tanpa data peserta.',
      legacyXls: 'Format .xls lama tidak didukung. Simpan ulang sebagai .xlsx atau CSV.',
      unreadableXlsx: 'Berkas XLSX tidak dapat dibaca: {{detail}}',
      notXlsx:
        'Berkas "{{file}}" bukan buku kerja XLSX (bukan arsip ZIP). Bila isinya CSV, simpan dengan ekstensi .csv; bila buku kerja, simpan ulang dari Excel sebagai .xlsx.',
      xlsxTruncated:
        'Berkas XLSX tidak dapat dibaca: "{{file}}" terpotong atau direktori pusat ZIP-nya rusak. Simpan ulang dari Excel lalu impor lagi.',
      xlsxEntryDamaged:
        'Berkas XLSX tidak dapat dibaca: bagian "{{entry}}" dalam "{{file}}" rusak atau tidak sesuai dengan direktori ZIP. Simpan ulang dari Excel lalu impor lagi.',
      xlsxTooLarge:
        'Berkas "{{file}}" akan mengembang menjadi lebih dari {{max}} MB saat dibuka (sampai bagian "{{entry}}": {{size}} MB) dan tidak dibaca. Bagi berkas menjadi beberapa bagian.',
      xlsxRatio:
        'Bagian "{{entry}}" dalam "{{file}}" mengembang {{ratio}} kali menjadi {{size}} MB; itu tidak wajar untuk lembar kerja (kemungkinan bom dekompresi), jadi berkas tidak dibaca.',
      xlsxEntries:
        'Berkas "{{file}}" berisi {{count}} bagian ZIP, melebihi batas {{max}} untuk buku kerja; berkas tidak dibaca.',
      sheetNotFound: 'Lembar "{{sheet}}" tidak ada. Lembar yang tersedia: {{sheets}}.',
      unclosedQuote: 'Tanda kutip pada baris {{row}} tidak pernah ditutup (kolom {{column}}).',
      textAfterQuote:
        'Baris {{row}}: ada teks setelah tanda kutip penutup di kolom {{column}} (tanda kutip di dalam isian harus ditulis ganda: "").',
      missingColumns: 'Kolom wajib tidak ditemukan: {{fields}}. Pilih kolomnya pada pemetaan kolom.',
      rejectedRows: '{{count}} baris ditolak; dengan mode "semua atau tidak sama sekali" tidak ada yang diimpor.',
    },
    fields: {
      nip: 'NIP',
      kind: 'Jenis ASN',
      name: 'Nama',
      titleBefore: 'Gelar Depan',
      titleAfter: 'Gelar Belakang',
      sex: 'Jenis Kelamin',
      birthDate: 'Tanggal Lahir',
      golongan: 'Golongan',
      jabatan: 'Jabatan',
      jenjang: 'Jenjang',
      unit: 'Unit Kerja',
      agency: 'Instansi',
      email: 'Email',
      phone: 'Telepon',
    },
  },
  en: {
    nip: {
      empty: 'The NIP is empty.',
      scientific:
        'NIP "{{value}}" was turned into a number by a spreadsheet (scientific notation); its real digits are lost. Format the NIP column as Text and retype it or export again from SIASN/SIMPEG.',
      decimal:
        'NIP "{{value}}" was stored as a decimal number by a spreadsheet. Format the NIP column as Text and export again; the NIP is not guessed.',
      numericCell:
        'The NIP cell holds a number ({{value}}), not text: spreadsheets keep only 15 digits of a number, so the last digits of a NIP can be lost. Format the NIP column as Text and retype it; the NIP is not guessed.',
      notDigits: 'NIP "{{value}}" contains characters other than digits.',
      tooShort:
        'The NIP has only {{count}} digits instead of 18. Digits can be lost when a spreadsheet turns it into a number; the NIP is not guessed.',
      tooLong: 'The NIP has {{count}} digits instead of 18.',
      legacyNip: '{{value}} is an old 9-digit NIP (from before the 2007–2009 conversion). Use the new 18-digit NIP.',
      maybePppk: 'This number is valid as an NI PPPK. If the employee is PPPK, put "PPPK" in the ASN kind column.',
      birthDate: 'NIP digits 1–8 ({{value}}) are not a real birth date.',
      age: 'The NIP gives an age of {{age}}, outside the plausible {{min}}–{{max}} at the assessment date.',
      tmtMonth: 'NIP digits 9–14 ({{value}}) are not a valid CPNS appointment year and month (month 01–12).',
      tmtBeforeAdult: 'CPNS appointment {{value}} is before age {{years}} (approximate, by month).',
      tmtFuture: 'CPNS appointment {{value}} is in the future.',
      pppkAgreements: 'NI PPPK digits 13–14 (number of work agreements) may not be 00.',
      pppkYearBeforeAdult: 'PPPK appointment year {{value}} is before age {{years}}.',
      pppkYearFuture: 'PPPK appointment year {{value}} is in the future.',
      sex: 'NIP digit 15 ({{value}}) must be 1 (male) or 2 (female).',
      sequence:
        'The NIP sequence (digits 16–18) may not be 000. If the NIP was typed as a number, its last digits may have become 0.',
    },
    problems: {
      nameMissing: 'The name is empty.',
      mergedCell:
        'This cell is part of a merged range; only the top-left cell holds a value, so this one counts as empty.',
      formulaError: 'The formula in this cell has no stored result or gives an error ({{value}}).',
      kindUnknown: 'Unknown ASN kind "{{value}}" (PNS or PPPK).',
      sexUnknown: 'Unknown sex "{{value}}" (L/P).',
      sexMismatch: 'The sex in the file ({{value}}) differs from the NIP ({{expected}}).',
      birthDateUnreadable: 'Birth date "{{value}}" cannot be read (use YYYY-MM-DD or DD-MM-YYYY).',
      birthDateMismatch: 'The birth date in the file ({{value}}) differs from the NIP ({{expected}}).',
      golonganUnknown: 'Unknown golongan "{{value}}" (I/a–IV/e for PNS, I–XVII for PPPK).',
      jenjangUnknown: 'Unknown jenjang "{{value}}".',
      emailInvalid: 'Email address "{{value}}" is not valid.',
      tooLong: 'The value is too long ({{count}} characters, at most {{max}}).',
      duplicateNip: 'NIP {{nip}} occurs more than once in the file (rows {{rows}}); all those rows are rejected.',
    },
    file: {
      tooLarge: 'The file is {{size}} MB, over the {{max}} MB limit, and was not read. Split it into parts.',
      empty: 'The file is empty.',
      noRows: 'The file has only a header row and no participants.',
      legacyXls: 'The old .xls format is not supported. Save it again as .xlsx or CSV.',
      unreadableXlsx: 'The XLSX file cannot be read: {{detail}}',
      notXlsx:
        'The file "{{file}}" is not an XLSX workbook (not a ZIP archive). If it holds CSV, save it with the .csv extension; if it is a workbook, save it again from Excel as .xlsx.',
      xlsxTruncated:
        'The XLSX file cannot be read: "{{file}}" is truncated or its ZIP central directory is damaged. Save it again from Excel and import it again.',
      xlsxEntryDamaged:
        'The XLSX file cannot be read: part "{{entry}}" of "{{file}}" is damaged or does not match the ZIP directory. Save it again from Excel and import it again.',
      xlsxTooLarge:
        'The file "{{file}}" would expand to more than {{max}} MB when opened (up to part "{{entry}}": {{size}} MB) and was not read. Split it into parts.',
      xlsxRatio:
        'Part "{{entry}}" of "{{file}}" expands {{ratio}} times to {{size}} MB; that is not plausible for a worksheet (a possible decompression bomb), so the file was not read.',
      xlsxEntries:
        'The file "{{file}}" holds {{count}} ZIP parts, over the limit of {{max}} for a workbook; it was not read.',
      sheetNotFound: 'Sheet "{{sheet}}" does not exist. Sheets: {{sheets}}.',
      unclosedQuote: 'The quote opened in row {{row}} is never closed (column {{column}}).',
      textAfterQuote:
        'Row {{row}}: text after a closing quote in column {{column}} (a quote inside a field must be doubled: "").',
      missingColumns: 'Required columns not found: {{fields}}. Choose them in the column mapping.',
      rejectedRows: '{{count}} rows were rejected; in "all or nothing" mode nothing was imported.',
    },
    fields: {
      nip: 'NIP',
      kind: 'ASN kind',
      name: 'Name',
      titleBefore: 'Title before name',
      titleAfter: 'Title after name',
      sex: 'Sex',
      birthDate: 'Birth date',
      golongan: 'Golongan (rank)',
      jabatan: 'Post',
      jenjang: 'Jenjang',
      unit: 'Unit',
      agency: 'Agency',
      email: 'Email',
      phone: 'Phone',
    },
  },
});
