import type { Content, TDocumentDefinitions, TDocumentInformation } from 'pdfmake/interfaces';
import { formatDate } from '../../shared/i18n/format';
import type { Language } from '../../shared/i18n/languages';
import { translate } from '../../shared/i18n/translate';
import { DESCRIPTION_KEY, formatDescription, type VerifiableKind } from './description';

export interface DocumentMeta {
  language: Language;
  title: string;
  office: { name: string; agency: string; province: string };
  /** e.g. 001/IDP/BPSDM-KALTIM/XI/2026 */
  documentNumber: string;
  documentId: string;
  /** SHA-256 of the data the document was made from (dataHash). */
  dataHash: string;
  printedAt: string;
  orientation?: 'portrait' | 'landscape';
  /**
   * What the document is about, for documents another office can check ("Periksa dokumen"):
   * written with number, id and hash into the PDF's Info dictionary (see description.ts).
   */
  about?: { kind: VerifiableKind; batchId: string; participantId: string | null };
}

/** The Info dictionary: the usual fields and, for checkable documents, the Asesa description. */
function documentInfo(meta: DocumentMeta): TDocumentInformation {
  const info: TDocumentInformation & Record<string, string> = {
    title: meta.title,
    author: meta.office.name,
    subject: meta.documentId,
    creator: 'Asesa',
  };
  if (meta.about) {
    const description = formatDescription({
      ...meta.about,
      language: meta.language,
      documentId: meta.documentId,
      documentNumber: meta.documentNumber,
      dataHash: meta.dataHash,
    });
    // pdfmake passes custom keys through (spaces removed); Keywords is the copy viewers show.
    info[DESCRIPTION_KEY] = description;
    info.keywords = description;
  }
  return info;
}

/** The verification block: ID and SHA-256 as text and as a QR code another office can scan. */
export function verificationBlock(meta: DocumentMeta): Content {
  const t = (k: string) => translate(meta.language, `pdf.${k}`);
  return {
    unbreakable: true,
    margin: [0, 16, 0, 0],
    columns: [
      { qr: `asesa:doc:${meta.documentId}:sha256:${meta.dataHash}`, fit: 90, eccLevel: 'M', width: 100 },
      {
        width: '*',
        stack: [
          { text: t('verification'), style: 'small', bold: true },
          { text: `${t('documentId')}: ${meta.documentId}`, style: 'mono' },
          { text: `${t('dataHash')}: ${meta.dataHash}`, style: 'mono' },
          { text: t('verifyHint'), style: 'small', italics: true, margin: [0, 4, 0, 0] },
        ],
      },
    ],
  };
}

/**
 * Wraps a builder's content in the common page frame: office identity in the header, the
 * document number and page numbers in the footer, A4, embedded Roboto.
 */
export function framedDocument(meta: DocumentMeta, content: Content[]): TDocumentDefinitions {
  const lang = meta.language;
  return {
    pageSize: 'A4',
    pageOrientation: meta.orientation ?? 'portrait',
    pageMargins: [40, 70, 40, 50],
    info: documentInfo(meta),
    header: () => ({
      margin: [40, 20, 40, 0],
      columns: [
        {
          stack: [
            { text: meta.office.agency.toUpperCase(), style: 'headerAgency' },
            { text: meta.office.name, style: 'headerOffice' },
          ],
        },
        { text: meta.office.province, alignment: 'right', style: 'small' },
      ],
    }),
    footer: (page: number, pages: number) => ({
      margin: [40, 10, 40, 0],
      columns: [
        { text: translate(lang, 'pdf.documentNumber', { number: meta.documentNumber }), style: 'small' },
        { text: translate(lang, 'pdf.printedOn', { date: formatDate(lang, meta.printedAt) }), style: 'small', alignment: 'center' },
        { text: translate(lang, 'pdf.page', { page, pages }), style: 'small', alignment: 'right' },
      ],
    }),
    content: [{ text: meta.title, style: 'title' }, ...content, verificationBlock(meta)],
    styles: {
      title: { fontSize: 15, bold: true, margin: [0, 0, 0, 10] },
      h2: { fontSize: 12, bold: true, margin: [0, 10, 0, 4] },
      headerAgency: { fontSize: 8, color: '#555555' },
      headerOffice: { fontSize: 10, bold: true },
      small: { fontSize: 8, color: '#444444' },
      mono: { fontSize: 7 },
      th: { bold: true, fillColor: '#e8eef5' },
    },
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.15 },
  };
}
