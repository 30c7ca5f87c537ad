import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MOODLE_COLUMNS, parseMoodleCsv, serializeMoodleCsv } from '../../electron/codecs/moodle-csv';
import { normaliseSnapshot } from '../../electron/codecs/tree';
import { MOODLE_EXAMPLE, fixtureSnapshot, utf8 } from '../helpers/dictionary';

const HEADER = MOODLE_COLUMNS.map((c) => (c.includes(' ') ? `"${c}"` : c)).join(',');
const FRAMEWORK_ROW =
  ',FW,"Kerangka Uji","Deskripsi",1,"Belum,Kompeten","[{""scaleid"":""2""},{""id"":1,""scaledefault"":1,""proficient"":0},{""id"":2,""scaledefault"":0,""proficient"":1}]",,,,,,1,competency';
const node = (parent: string, id: string, name: string, extra = { related: '' }) =>
  `${parent},${id},"${name}","Uraian ${name}",1,,,,0,null,${extra.related},,,`;

function csv(...rows: string[]): Uint8Array {
  return utf8([HEADER, ...rows].join('\r\n') + '\r\n');
}

describe('Moodle CSV import of Moodle’s own example file', () => {
  const result = parseMoodleCsv(fs.readFileSync(MOODLE_EXAMPLE), 'example.csv');
  const snap = result.snapshot!;
  const byId = new Map(snap.nodes.map((n) => [n.idNumber, n]));

  it('imports the framework row and all 64 nodes', () => {
    expect(result.errors).toEqual([]);
    expect(snap.framework.idNumber).toBe('OECD-CORE');
    expect(snap.framework.name).toEqual({ id: 'OECD', en: 'OECD' });
    expect(snap.framework.scaleValues).toBe('Not yet competent,Competent');
    expect(snap.framework.taxonomies).toEqual(['competency', 'competency', 'competency', 'competency']);
    expect(snap.framework.description.id).toContain('fifteen Core Competencies');
    expect(snap.nodes).toHaveLength(64);
  });

  it('keeps parents, multi-line descriptions and cross references', () => {
    expect(byId.get('levels')).toMatchObject({ parent: null, kind: 'group' });
    expect(byId.get('level-3')).toMatchObject({
      parent: 'levels',
      kind: 'competency',
      name: { id: 'Level 3', en: 'Level 3' },
    });
    expect(byId.get('analytical-thinking')?.parent).toBe('delivery');
    expect(byId.get('analytical-thinking')?.description.id).toContain(
      'patterns across situations that are not obviously\nrelated',
    );
    expect(byId.get('level-1')?.related).toHaveLength(39);
    expect(byId.get('DR-AT1')?.related).toEqual(['level-1']);
    // Every parent named in the file is a node of the snapshot.
    for (const n of snap.nodes) if (n.parent) expect(byId.has(n.parent)).toBe(true);
  });

  it('round-trips: export → import gives the same snapshot', () => {
    const again = parseMoodleCsv(utf8(serializeMoodleCsv(snap)));
    expect(again.errors).toEqual([]);
    expect(again.snapshot).toEqual(snap);
  });
});

describe('Moodle CSV round trip of an Asesa dictionary', () => {
  it('keeps kinds, types, levels, English texts and order', () => {
    const seed = fixtureSnapshot();
    const text = serializeMoodleCsv(seed);
    expect(text.split('\r\n')[0]).toBe(MOODLE_COLUMNS.map((c) => (c.includes(' ') ? `"${c}"` : c)).join(','));
    const back = parseMoodleCsv(utf8(text));
    expect(back.errors).toEqual([]);
    expect(back.snapshot).toEqual(normaliseSnapshot(seed));
  });

  it('shows Indonesian texts in the visible Moodle columns', () => {
    const text = serializeMoodleCsv(fixtureSnapshot());
    expect(text).toContain(',INT,Integritas,');
    expect(text).toContain('KS,"Kerja Sama",');
    expect(text).not.toMatch(/,INT,Integrity,/);
  });
});

describe('Moodle CSV bad input: errors name row and column, nothing is returned', () => {
  const expectError = (bytes: Uint8Array, path: string, message: RegExp) => {
    const r = parseMoodleCsv(bytes);
    expect(r.snapshot).toBeNull();
    expect(r.errors).toContainEqual(expect.objectContaining({ path, message: expect.stringMatching(message) }));
  };

  it('accepts a small valid file (control)', () => {
    const r = parseMoodleCsv(csv(FRAMEWORK_ROW, node('', 'A', 'Alpha'), node('A', 'A1', 'Alpha satu')));
    expect(r.errors).toEqual([]);
    expect(r.snapshot?.nodes.map((n) => [n.idNumber, n.kind])).toEqual([
      ['A', 'group'],
      ['A1', 'competency'],
    ]);
  });

  it('missing parent', () => {
    expectError(
      csv(FRAMEWORK_ROW, node('', 'A', 'Alpha'), node('ZZ', 'B', 'Beta')),
      'row 4, column Parent id number',
      /parent "ZZ" does not exist/,
    );
  });

  it('duplicate id numbers', () => {
    expectError(
      csv(FRAMEWORK_ROW, node('', 'A', 'Alpha'), node('', 'A', 'Again')),
      'row 4, column Id number',
      /duplicate id number "A" \(first at row 3\)/,
    );
  });

  it('a cycle', () => {
    expectError(
      csv(FRAMEWORK_ROW, node('B', 'A', 'Alpha'), node('A', 'B', 'Beta')),
      'row 3, column Parent id number',
      /own ancestor/,
    );
  });

  it('bad scale configuration: not JSON, and ids that do not match the scale values', () => {
    const notJson = FRAMEWORK_ROW.replace(/"\[\{.*\}\]"/, '"{oops"');
    expectError(csv(notJson, node('', 'A', 'Alpha')), 'row 2, column Scale configuration', /not valid JSON/);
    const outOfRange = FRAMEWORK_ROW.replace('""id"":2,', '""id"":7,');
    expectError(
      csv(outOfRange, node('', 'A', 'Alpha')),
      'row 2, column Scale configuration',
      /item id 7 does not match the 2 scale values/,
    );
  });

  it('wrong column count', () => {
    expectError(csv(FRAMEWORK_ROW, node('', 'A', 'Alpha'), 'A,B,too few'), 'row 4', /expected 14 columns, found 3/);
  });

  it('no framework row', () => {
    expectError(csv(node('', 'A', 'Alpha')), 'file', /no framework row/);
  });

  it('a header that is not the Moodle format', () => {
    expectError(utf8('id,name\n1,x\n'), 'row 1', /14 Moodle columns/);
  });

  it('broken quoting, named by file, row and Moodle column', () => {
    const r = parseMoodleCsv(csv(FRAMEWORK_ROW, node('', 'A', 'Alpha'), ',B,"Beta" x,d,1,,,,0,null,,,,'), 'kf.csv');
    expect(r.snapshot).toBeNull();
    expect(r.errors).toEqual([
      expect.objectContaining({
        path: 'kf.csv, row 4, column Shortname',
        key: 'textAfterQuote',
        message: expect.stringContaining('text after a closing quote'),
      }),
    ]);
    expectError(csv(FRAMEWORK_ROW, '"A,B'), 'file, row 3, column Parent id number', /never closed/);
  });

  it('skips blank lines but counts them in row numbers, as a spreadsheet shows the file', () => {
    const blank = parseMoodleCsv(csv(FRAMEWORK_ROW, '', node('', 'A', 'Alpha'), '', node('A', 'A1', 'Alpha satu')));
    expect(blank.errors).toEqual([]);
    expect(blank.snapshot?.nodes.map((n) => n.idNumber)).toEqual(['A', 'A1']);
    expectError(
      csv(FRAMEWORK_ROW, '', node('', 'A', 'Alpha'), '', node('ZZ', 'B', 'Beta')),
      'row 6, column Parent id number',
      /parent "ZZ" does not exist/,
    );
  });

  it('a cross reference to an unknown id number', () => {
    expectError(
      csv(FRAMEWORK_ROW, node('', 'A', 'Alpha', { related: 'NOPE' })),
      'row 3, column Cross referenced competency id numbers',
      /NOPE/,
    );
  });
});

describe('Moodle CSV encodings: accented names survive', () => {
  const text = [HEADER, FRAMEWORK_ROW, node('', 'A', 'Pelayanan Públik — café')].join('\r\n');
  const name = 'Pelayanan Públik — café';
  const cases: [string, Uint8Array][] = [
    ['UTF-8', utf8(text)],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(text)])],
    ['UTF-16LE', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])],
    // "—" is 0x97 in Windows-1252; the rest is Latin-1.
    ['Windows-1252', Buffer.from(Array.from(text, (ch) => (ch === '—' ? 0x97 : ch.charCodeAt(0))))],
  ];
  it.each(cases)('%s', (_label, bytes) => {
    const r = parseMoodleCsv(bytes);
    expect(r.errors).toEqual([]);
    expect(r.snapshot?.nodes[0]?.name.id).toBe(name);
  });
});
