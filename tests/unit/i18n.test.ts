import { describe, expect, it } from 'vitest';
import { catalogues, leafKeys, translate } from '../../shared/i18n/translate';

function valueAt(node: unknown, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>(
      (n, part) => (typeof n === 'object' && n !== null ? (n as Record<string, unknown>)[part] : undefined),
      node,
    );
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('i18n catalogues', () => {
  const idKeys = leafKeys(catalogues.id);
  const enKeys = leafKeys(catalogues.en);

  it('has every key in both Indonesian and English', () => {
    expect(
      idKeys.filter((k) => !enKeys.includes(k)),
      'keys missing in en',
    ).toEqual([]);
    expect(
      enKeys.filter((k) => !idKeys.includes(k)),
      'keys missing in id',
    ).toEqual([]);
    expect(idKeys.length).toBeGreaterThan(50);
  });

  it('has no empty or non-text value', () => {
    const bad = [
      ...idKeys
        .filter((k) => typeof valueAt(catalogues.id, k) !== 'string' || !String(valueAt(catalogues.id, k)).trim())
        .map((k) => `id:${k}`),
      ...enKeys
        .filter((k) => typeof valueAt(catalogues.en, k) !== 'string' || !String(valueAt(catalogues.en, k)).trim())
        .map((k) => `en:${k}`),
    ];
    expect(bad).toEqual([]);
  });

  it('uses the same {{placeholders}} in both languages', () => {
    const differ = idKeys.filter(
      (k) =>
        JSON.stringify(placeholders(String(valueAt(catalogues.id, k)))) !==
        JSON.stringify(placeholders(String(valueAt(catalogues.en, k) ?? ''))),
    );
    expect(differ).toEqual([]);
  });

  it('names the areas exactly as the product does in Indonesian', () => {
    expect(Object.values(catalogues.id.shell.areas)).toEqual([
      'Beranda',
      'Kamus Kompetensi',
      'Standar Kompetensi Jabatan',
      'Peserta',
      'Kegiatan Asesmen',
      'Ruang Asesor',
      'Rapat Integrasi',
      'Hasil & Talenta',
      'IDP & Laporan',
      'Pertukaran Data',
      'Pengaturan',
    ]);
  });

  it('detects a key missing in one language (the check can fail)', () => {
    const lopsided = { a: { b: 'x', c: 'y' } };
    const other = { a: { b: 'x' } };
    expect(leafKeys(lopsided).filter((k) => !leafKeys(other).includes(k))).toEqual(['a.c']);
    expect(translate('en', 'shell.no.such.key')).toBe('shell.no.such.key');
  });
});
