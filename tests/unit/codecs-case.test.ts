import fs from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { CASE_UUID, uuidV5 } from '../../electron/codecs/case-ids';
import { buildCasePackage, parseCaseJson, serializeCaseJson } from '../../electron/codecs/case-json';
import { parseMoodleCsv, serializeMoodleCsv } from '../../electron/codecs/moodle-csv';
import { normaliseSnapshot } from '../../electron/codecs/tree';
import { CASE_SCHEMA, MOODLE_EXAMPLE, bundledSnapshot, fixtureSnapshot, utf8 } from '../helpers/dictionary';

const WHEN = '2026-11-23T10:00:00.000Z';

function caseValidator() {
  const schema = JSON.parse(fs.readFileSync(CASE_SCHEMA, 'utf8')) as Record<string, unknown>;
  // The official file names the meta-schema as http://json-schema.org/draft/2020-12/schema;
  // Ajv2020 registers it under https://, so the $schema is rewritten to the name ajv knows.
  schema.$schema = 'https://json-schema.org/draft/2020-12/schema';
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

describe('CASE 1.1 export', () => {
  const validate = caseValidator();

  it('validates against the official CFPackage schema', () => {
    const pkg = buildCasePackage(fixtureSnapshot(), { lastChangeDateTime: WHEN });
    const valid = validate(pkg);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('the schema check can fail (control: a broken UUID and URI are refused)', () => {
    const pkg = buildCasePackage(fixtureSnapshot(), { lastChangeDateTime: WHEN });
    const broken = { ...pkg, CFItems: [{ ...pkg.CFItems[0]!, identifier: 'not-a-uuid', uri: 'no uri' }] };
    expect(validate(broken)).toBe(false);
  });

  it('also validates for a foreign framework (Moodle example) with cross references', () => {
    const moodle = parseMoodleCsv(fs.readFileSync(MOODLE_EXAMPLE)).snapshot!;
    const pkg = buildCasePackage(moodle, { lastChangeDateTime: WHEN });
    expect(validate(pkg)).toBe(true);
    expect(pkg.CFAssociations.filter((a) => a.associationType === 'isRelatedTo').length).toBeGreaterThan(39);
  });

  it('carries items, types, coding scheme and the tree', () => {
    const pkg = buildCasePackage(fixtureSnapshot(), { lastChangeDateTime: WHEN });
    const integritas = pkg.CFItems.find((i) => i.humanCodingScheme === 'INT')!;
    const level3 = pkg.CFItems.find((i) => i.humanCodingScheme === 'INT.L3')!;
    expect(integritas).toMatchObject({
      CFItemType: 'Competency',
      abbreviatedStatement: 'Integritas',
      language: 'id',
      lastChangeDateTime: WHEN,
    });
    expect(level3.CFItemType).toBe('Level');
    expect(pkg.CFItems.find((i) => i.humanCodingScheme === 'INT.3.1')?.CFItemType).toBe('Indicator');
    const childOf = pkg.CFAssociations.filter((a) => a.associationType === 'isChildOf');
    expect(childOf).toHaveLength(pkg.CFItems.length);
    expect(childOf.find((a) => a.originNodeURI.identifier === level3.identifier)?.destinationNodeURI.identifier).toBe(
      integritas.identifier,
    );
    expect(
      childOf.find((a) => a.originNodeURI.identifier === integritas.identifier)?.destinationNodeURI.identifier,
    ).toBe(pkg.CFDocument.identifier);
    expect(pkg.CFDocument.uri).toBe(`urn:uuid:${pkg.CFDocument.identifier}`);
  });

  it('is deterministic: the same framework exports byte-identical files', () => {
    expect(serializeCaseJson(fixtureSnapshot(), { lastChangeDateTime: WHEN })).toBe(
      serializeCaseJson(fixtureSnapshot(), { lastChangeDateTime: WHEN }),
    );
  });

  it('derives RFC 4122 version-5 UUIDs (known vector for the DNS namespace)', () => {
    expect(uuidV5('python.org', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('886313e1-3b8a-5372-9b90-0c9aee199e5d');
    expect(uuidV5('x')).toMatch(CASE_UUID);
  });
});

describe('CASE round trips', () => {
  it('Asesa dictionary → CASE → same snapshot', () => {
    const seed = fixtureSnapshot();
    const back = parseCaseJson(utf8(serializeCaseJson(seed, { lastChangeDateTime: WHEN })));
    expect(back.errors).toEqual([]);
    expect(back.snapshot).toEqual(normaliseSnapshot(seed));
  });

  it('the shipped ASN dictionary: valid CASE, and identical after CASE and Moodle round trips', () => {
    const seed = bundledSnapshot();
    const pkg = buildCasePackage(seed, { lastChangeDateTime: WHEN });
    expect(caseValidator()(pkg)).toBe(true);
    expect(pkg.CFItems).toHaveLength(189);
    expect(parseCaseJson(utf8(JSON.stringify(pkg))).snapshot).toEqual(normaliseSnapshot(seed));
    expect(parseMoodleCsv(utf8(serializeMoodleCsv(seed))).snapshot).toEqual(normaliseSnapshot(seed));
  });

  it('Moodle example → CASE → same snapshot', () => {
    const moodle = parseMoodleCsv(fs.readFileSync(MOODLE_EXAMPLE)).snapshot!;
    const back = parseCaseJson(utf8(serializeCaseJson(moodle, { lastChangeDateTime: WHEN })));
    expect(back.snapshot).toEqual(moodle);
  });

  it('reads a foreign package without Asesa extensions from the standard fields', () => {
    const pkg = buildCasePackage(fixtureSnapshot(), { lastChangeDateTime: WHEN });
    const { extensions: _d, ...doc } = pkg.CFDocument;
    const items = pkg.CFItems.map(({ extensions: _e, ...item }) => item);
    const r = parseCaseJson(
      utf8(JSON.stringify({ CFDocument: doc, CFItems: items, CFAssociations: pkg.CFAssociations })),
    );
    expect(r.errors).toEqual([]);
    expect(r.snapshot?.framework.idNumber).toBe(pkg.CFDocument.identifier);
    expect(r.snapshot?.nodes.find((n) => n.idNumber === 'INT.L3')).toMatchObject({
      kind: 'level',
      parent: 'INT',
      name: { id: 'Level 3' },
    });
    expect(r.snapshot?.nodes.find((n) => n.idNumber === 'INT')?.kind).toBe('competency');
  });
});

describe('CASE bad input: errors name the item, nothing is returned', () => {
  const pkg = () =>
    JSON.parse(serializeCaseJson(fixtureSnapshot(), { lastChangeDateTime: WHEN })) as ReturnType<
      typeof buildCasePackage
    >;
  const parse = (value: unknown) => parseCaseJson(utf8(JSON.stringify(value)), 'dict.json');

  it('missing CFDocument', () => {
    const { CFDocument: _doc, ...rest } = pkg();
    expect(parse(rest)).toEqual({
      snapshot: null,
      errors: [
        expect.objectContaining({
          path: 'CFDocument',
          key: 'missingDocument',
          message: expect.stringContaining('missing'),
        }),
      ],
    });
  });

  it('invalid UUIDs', () => {
    const p = pkg();
    p.CFItems[4]!.identifier = 'ABC-123';
    p.CFAssociations[0]!.identifier = '12345678-1234-1234-1234-123456789012';
    const r = parse(p);
    expect(r.snapshot).toBeNull();
    expect(r.errors).toContainEqual({
      path: 'CFItems[4].identifier',
      key: 'invalidUuid',
      params: { value: 'ABC-123' },
      message: '"ABC-123" is not a valid UUID',
    });
    expect(r.errors).toContainEqual(
      expect.objectContaining({
        path: 'CFAssociations[0].identifier',
        message: expect.stringContaining('not a valid UUID'),
      }),
    );
  });

  it('dangling associations (origin and destination)', () => {
    const p = pkg();
    const ghost = uuidV5('ghost');
    p.CFAssociations[2]!.originNodeURI.identifier = ghost;
    p.CFAssociations[3]!.destinationNodeURI.identifier = ghost;
    const r = parse(p);
    expect(r.snapshot).toBeNull();
    expect(r.errors).toEqual([
      expect.objectContaining({
        path: 'CFAssociations[2].originNodeURI',
        message: `"${ghost}" is not an item of this package`,
      }),
      expect.objectContaining({
        path: 'CFAssociations[3].destinationNodeURI',
        message: `"${ghost}" is not an item of this package`,
      }),
    ]);
  });

  it('not JSON, and an item without fullStatement', () => {
    expect(parseCaseJson(utf8('{oops'), 'dict.json').errors[0]?.path).toBe('dict.json');
    const p = pkg() as unknown as { CFItems: Record<string, unknown>[] };
    delete p.CFItems[1]!.fullStatement;
    expect(parse(p).errors[0]?.path).toBe('CFItems[1].fullStatement');
  });

  it('duplicate human coding schemes', () => {
    const p = pkg();
    p.CFItems[2]!.humanCodingScheme = p.CFItems[1]!.humanCodingScheme;
    delete (p.CFItems[2] as { extensions?: unknown }).extensions;
    const r = parse(p);
    expect(r.snapshot).toBeNull();
    expect(r.errors[0]?.message).toMatch(/duplicate id number/);
  });
});

describe('a foreign CASE package (OpenSALT style, no Asesa extensions)', () => {
  const file = path.resolve(__dirname, '../fixtures/case/foreign-kearsipan.json');

  it('is itself valid CASE 1.1 (control for the fixture)', () => {
    expect(caseValidator()(JSON.parse(fs.readFileSync(file, 'utf8')))).toBe(true);
  });

  it('maps hasSkillLevel, isChildOf, isRelatedTo and CFItemType; ignores links outside the package', () => {
    const r = parseCaseJson(fs.readFileSync(file), 'foreign-kearsipan.json');
    expect(r.errors).toEqual([]);
    const snap = r.snapshot!;
    expect(snap.framework).toMatchObject({
      idNumber: 'c0a80001-0000-4000-8000-000000000001',
      name: { id: 'Kompetensi Teknis Kearsipan' },
    });
    expect(snap.nodes.map((n) => [n.idNumber, n.parent, n.kind])).toEqual([
      ['c0a80001-0000-4000-8000-000000000014', null, 'group'],
      ['ARS', 'c0a80001-0000-4000-8000-000000000014', 'competency'],
      ['ARS-1', 'ARS', 'level'],
      ['ARS-1.1', 'ARS-1', 'indicator'],
      ['ARS-2', 'ARS', 'level'],
    ]);
    expect(snap.nodes.find((n) => n.idNumber === 'ARS')).toMatchObject({
      name: { id: 'Pengelolaan Arsip', en: 'Pengelolaan Arsip' },
      description: { id: 'Mampu mengelola arsip dinamis dan statis sesuai kaidah kearsipan.' },
    });
    expect(snap.nodes.find((n) => n.idNumber === 'ARS-1.1')?.related).toEqual(['ARS-2']);
  });
});
