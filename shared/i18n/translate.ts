import { catalogues } from './catalogues';
import type { Language } from './languages';

export { catalogues };

type Params = Record<string, string | number>;

/** Looks up a dotted key ("errors.NOT_FOUND") and fills {{params}}; same syntax as i18next. */
export function translate(language: Language, key: string, params: Params = {}): string {
  let node: unknown = catalogues[language];
  for (const part of key.split('.')) {
    node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
  }
  if (typeof node !== 'string') return key;
  return node.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(params[name] ?? `{{${name}}}`));
}

/**
 * The same message in Indonesian and English, for text read on either side (a package problem,
 * a document check, a CLI line): "<id><separator><en>".
 */
export function translateBoth(key: string, params: Params = {}, separator = ' / '): string {
  return `${translate('id', key, params)}${separator}${translate('en', key, params)}`;
}

/** Every leaf key of a catalogue, dotted; used by the completeness test. */
export function leafKeys(node: unknown, prefix = ''): string[] {
  if (typeof node !== 'object' || node === null) return [prefix];
  return Object.entries(node).flatMap(([k, v]) => leafKeys(v, prefix ? `${prefix}.${k}` : k));
}
