import { defineMessages } from '../define';

export const pdf = defineMessages({
  id: {
    page: 'Halaman {{page}} dari {{pages}}',
    documentNumber: 'Nomor: {{number}}',
    verification: 'Verifikasi dokumen',
    documentId: 'ID dokumen',
    dataHash: 'SHA-256 data',
    verifyHint: 'Cocokkan ID dan SHA-256 ini dengan data yang diimpor di Asesa untuk memastikan dokumen tidak diubah.',
    printedOn: 'Dicetak {{date}}',
  },
  en: {
    page: 'Page {{page}} of {{pages}}',
    documentNumber: 'Number: {{number}}',
    verification: 'Document verification',
    documentId: 'Document ID',
    dataHash: 'Data SHA-256',
    verifyHint: 'Compare this ID and SHA-256 with the imported data in Asesa to make sure the document was not altered.',
    printedOn: 'Printed {{date}}',
  },
});
