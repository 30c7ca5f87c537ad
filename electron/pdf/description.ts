import { LANGUAGES, type Language } from '../../shared/i18n/languages';

/**
 * The machine-readable description an Asesa PDF carries in its Info dictionary (key
 * `AsesaDocument`), so "Periksa dokumen" can tell what a file is without reading its text:
 *
 *   asesa-doc/1 kind=report lang=id batch=<uuid> participant=<uuid|-> id=<uuid> number=<enc> sha256=<hex>
 *
 * Plain ASCII (values percent-encoded) so pdfkit writes it as a literal string and any reader —
 * ours or `pdfinfo`/`exiftool` — shows it unchanged.
 */
export const DESCRIPTION_KEY = 'AsesaDocument';
const VERSION = 'asesa-doc/1';

export const VERIFIABLE_KINDS = ['idp', 'report', 'recap'] as const;
export type VerifiableKind = (typeof VERIFIABLE_KINDS)[number];

export interface DocumentDescription {
  kind: VerifiableKind;
  language: Language;
  batchId: string;
  /** null for the batch recap. */
  participantId: string | null;
  documentId: string;
  documentNumber: string;
  /** SHA-256 (hex) printed on the document. */
  dataHash: string;
}

export function formatDescription(d: DocumentDescription): string {
  const enc = encodeURIComponent;
  return [
    VERSION,
    `kind=${d.kind}`,
    `lang=${d.language}`,
    `batch=${enc(d.batchId)}`,
    `participant=${d.participantId === null ? '-' : enc(d.participantId)}`,
    `id=${enc(d.documentId)}`,
    `number=${enc(d.documentNumber)}`,
    `sha256=${d.dataHash}`,
  ].join(' ');
}

/** The reason a description could not be read: it is there but garbled (edited, cut, another version). */
export class DescriptionError extends Error {}

const ID = /^[A-Za-z0-9-]{1,64}$/;

/** Parses a description; throws DescriptionError when it is not exactly what formatDescription writes. */
export function parseDescription(text: string): DocumentDescription {
  const [version, ...pairs] = text.trim().split(/\s+/);
  if (version !== VERSION) throw new DescriptionError(`unknown description version: ${String(version).slice(0, 40)}`);
  const fields = new Map<string, string>();
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new DescriptionError(`not a key=value pair: ${pair.slice(0, 40)}`);
    let value: string;
    try {
      value = decodeURIComponent(pair.slice(eq + 1));
    } catch {
      throw new DescriptionError(`badly encoded value: ${pair.slice(0, 40)}`);
    }
    fields.set(pair.slice(0, eq), value);
  }
  const get = (key: string, ok: (v: string) => boolean): string => {
    const v = fields.get(key);
    if (v === undefined || !ok(v)) throw new DescriptionError(`missing or invalid ${key}`);
    return v;
  };
  const kind = get('kind', (v) => (VERIFIABLE_KINDS as readonly string[]).includes(v)) as VerifiableKind;
  const participant = get('participant', (v) => v === '-' || ID.test(v));
  if ((participant === '-') !== (kind === 'recap')) throw new DescriptionError('participant does not fit the kind');
  return {
    kind,
    language: get('lang', (v) => (LANGUAGES as readonly string[]).includes(v)) as Language,
    batchId: get('batch', (v) => ID.test(v)),
    participantId: participant === '-' ? null : participant,
    documentId: get('id', (v) => ID.test(v)),
    documentNumber: get('number', (v) => v.length > 0 && v.length <= 120),
    dataHash: get('sha256', (v) => /^[0-9a-f]{64}$/.test(v)),
  };
}
