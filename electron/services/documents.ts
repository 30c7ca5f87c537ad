import type { Language } from '../../shared/i18n/languages';
import { documentNumber } from '../../shared/i18n/format';
import type { Db } from '../db/connection';
import { dataHash } from '../pdf/canonical';
import type { DocumentMeta } from '../pdf/frame';
import { getLocalOffice } from '../repositories/office';
import { AppError } from './errors';
import { newId, nowIso } from './ids';
import { getSetting, setSetting } from './settings';

/** Next number in the office's yearly series for a kind of document (IDP, LAP, JDW, …). */
export function nextDocumentNumber(db: Db, kind: string, at = nowIso()): string {
  const office = getLocalOffice(db);
  if (!office) throw new AppError('NOT_SET_UP');
  const key = `docnum.${kind}.${at.slice(0, 4)}`;
  return db.transaction(() => {
    const next = getSetting<number>(db, key, 0) + 1;
    setSetting(db, key, next);
    return documentNumber(next, office.code, kind, at);
  })();
}

/** Everything the page frame prints about a document: office, number, id and the hash of its data. */
export function documentMeta(db: Db, input: { kind: string; title: string; language: Language; data: unknown }): DocumentMeta {
  const office = getLocalOffice(db);
  if (!office) throw new AppError('NOT_SET_UP');
  const printedAt = nowIso();
  return {
    language: input.language,
    title: input.title,
    office: { name: office.name, agency: office.agency, province: office.province },
    documentNumber: nextDocumentNumber(db, input.kind, printedAt),
    documentId: newId(),
    dataHash: dataHash(input.data),
    printedAt,
  };
}
