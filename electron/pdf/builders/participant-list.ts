import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { translate } from '../../../shared/i18n/translate';
import { framedDocument, type DocumentMeta } from '../frame';

export interface ParticipantListRow {
  number: number;
  nip: string;
  name: string;
  golongan: string | null;
  jabatan: string | null;
  unit: string | null;
}

/** NIP printed in the regulation's grouping: 19660801 198803 1 001. */
export function formatNip(nip: string): string {
  return nip.length === 18 ? `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}` : nip;
}

/** Daftar peserta of a batch, with a signature column for attendance. */
export function buildParticipantListDocument(meta: DocumentMeta, batchName: string, rows: ParticipantListRow[]): TDocumentDefinitions {
  const t = (k: string) => translate(meta.language, `printouts.${k}`);
  const th = (text: string) => ({ text, style: 'th' });
  return framedDocument({ ...meta, orientation: 'landscape' }, [
    { text: [{ text: `${t('batch')}: `, bold: true }, batchName], margin: [0, 0, 0, 8] },
    {
      table: {
        headerRows: 1,
        widths: [22, 120, '*', 45, '*', '*', 70],
        body: [
          [th(t('number')), th('NIP'), th(t('name')), th(t('golongan')), th(t('jabatan')), th(t('unit')), th(t('signature'))],
          ...[...rows]
            .sort((a, b) => a.number - b.number)
            .map((r) => [String(r.number), formatNip(r.nip), r.name, r.golongan ?? '—', r.jabatan ?? '—', r.unit ?? '—', '']),
        ],
      },
      layout: 'lightHorizontalLines',
      fontSize: 9,
    },
  ]);
}
