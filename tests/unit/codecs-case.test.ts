import fs from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { CASE_UUID, uuidV5 } from '../../electron/codecs/case-ids';
import { buildCasePackage, parseCaseJson, serializeCaseJson } from '../../electron/codecs/case-json';
import { standardItemId } from '../../electron/codecs/case-standards';
import type { CaseStandard } from '../../electron/codecs/types';
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

describe('position standards in CASE (CFItem + hasSkillLevel to the level item)', () => {
  const STANDARDS: CaseStandard[] = [
    {
      id: '0193a5e5-0000-7000-8000-00000000000b',
      name: 'Kepala Bidang',
      jenjang: 'administrator',
      unit: 'Bidang Pengembangan Kompetensi',
      agency: 'BKN',
      isDefault: false,
      verify: false,
      requirements: [
        { competency: 'INT', level: 3, weight: 40 },
        { competency: 'KS', level: 4, weight: 60 },
        { competency: 'PB', level: 2, weight: null },
      ],
    },
    {
      id: '0193a5e5-0000-7000-8000-00000000000d',
      name: 'Standar bawaan — Pengawas',
      jenjang: 'pengawas',
      unit: '',
      agency: '',
      isDefault: true,
      verify: true,
      requirements: [{ competency: 'INT', level: 2, weight: null }],
    },
  ];
  const build = (standards = STANDARDS) => buildCasePackage(fixtureSnapshot(), { lastChangeDateTime: WHEN, standards });
  const codeOf = (pkg: ReturnType<typeof build>, id: string) =>
    pkg.CFItems.find((i) => i.identifier === id)?.humanCodingScheme;

  it('exports one CFItem per standard and one hasSkillLevel association per required level', () => {
    const pkg = build();
    const kabid = pkg.CFItems.find((i) => i.CFItemType === 'Position Standard' && i.fullStatement === 'Kepala Bidang')!;
    expect(kabid).toMatchObject({
      identifier: standardItemId('ASN-38-2017', STANDARDS[0]!),
      notes: 'Administrator — Bidang Pengembangan Kompetensi — BKN',
      extensions: { asesa: { kind: 'positionStandard', jenjang: 'administrator', group: 'administrasi' } },
    });
    const levels = pkg.CFAssociations.filter(
      (a) => a.associationType === 'hasSkillLevel' && a.originNodeURI.identifier === kabid.identifier,
    );
    expect(levels.map((a) => [codeOf(pkg, a.destinationNodeURI.identifier), a.sequenceNumber])).toEqual([
      ['INT.L3', 1],
      ['KS.L4', 2],
      ['PB.L2', 3],
    ]);
    expect(levels.map((a) => ('extensions' in a ? a.extensions : null))).toEqual([
      { asesa: { weight: 40 } },
      { asesa: { weight: 60 } },
      { asesa: { weight: null } },
    ]);
    // Like every item of a CFPackage, a standard is a child of the document.
    expect(
      pkg.CFAssociations.find(
        (a) => a.associationType === 'isChildOf' && a.originNodeURI.identifier === kabid.identifier,
      )?.destinationNodeURI.identifier,
    ).toBe(pkg.CFDocument.identifier);
    expect(pkg.CFItems.filter((i) => i.CFItemType === 'Position Standard')).toHaveLength(2);
  });

  it('the export with standards validates against the official CASE 1.1 schema', () => {
    const validate = caseValidator();
    expect(validate(build())).toBe(true);
    expect(validate.errors ?? []).toEqual([]);
  });

  it('identifiers are deterministic; a default standard is keyed by its jenjang, not its local id', () => {
    expect(serializeCaseJson(fixtureSnapshot(), { lastChangeDateTime: WHEN, standards: STANDARDS })).toBe(
      serializeCaseJson(fixtureSnapshot(), { lastChangeDateTime: WHEN, standards: STANDARDS }),
    );
    const otherOffice = { ...STANDARDS[1]!, id: '0193a5e5-0000-7000-8000-0000000000ff' };
    expect(standardItemId('ASN-38-2017', otherOffice)).toBe(standardItemId('ASN-38-2017', STANDARDS[1]!));
    expect(standardItemId('ASN-38-2017', { ...STANDARDS[0]!, id: otherOffice.id })).not.toBe(
      standardItemId('ASN-38-2017', STANDARDS[0]!),
    );
  });

  it('round trip: the same standards, required levels and weights; the dictionary is unchanged', () => {
    const back = parseCaseJson(utf8(JSON.stringify(build())));
    expect(back.errors).toEqual([]);
    expect(back.standards).toEqual(STANDARDS);
    expect(back.snapshot).toEqual(normaliseSnapshot(fixtureSnapshot()));
  });

  it('a requirement whose level is not in the exported version is left out (it has nothing to point to)', () => {
    const pkg = build([{ ...STANDARDS[0]!, requirements: [{ competency: 'GONE', level: 3, weight: null }] }]);
    expect(pkg.CFAssociations.filter((a) => a.associationType === 'hasSkillLevel')).toEqual([]);
  });

  const withAssociation = (edit: (a: ReturnType<typeof build>['CFAssociations'][number]) => void) => {
    const pkg = JSON.parse(JSON.stringify(build())) as ReturnType<typeof build>;
    const index = pkg.CFAssociations.findIndex(
      (a) => a.associationType === 'hasSkillLevel' && codeOf(pkg, a.destinationNodeURI.identifier) === 'KS.L4',
    );
    edit(pkg.CFAssociations[index]!);
    return { index, result: parseCaseJson(utf8(JSON.stringify(pkg)), 'dict.json') };
  };

  it('bad: a required level pointing outside the package is an error naming the association', () => {
    const ghost = uuidV5('ghost-level');
    const { index, result } = withAssociation((a) => (a.destinationNodeURI.identifier = ghost));
    expect(result.snapshot).toBeNull();
    expect(result.standards).toBeUndefined();
    expect(result.errors).toEqual([
      expect.objectContaining({
        path: `CFAssociations[${index}].destinationNodeURI`,
        message: `"${ghost}" is not an item of this package`,
      }),
    ]);
  });

  it('bad: a required "level" that is a competency, not a level', () => {
    const pkg = build();
    const ks = pkg.CFItems.find((i) => i.humanCodingScheme === 'KS')!;
    const { index, result } = withAssociation((a) => (a.destinationNodeURI.identifier = ks.identifier));
    expect(result.snapshot).toBeNull();
    expect(result.errors).toEqual([
      expect.objectContaining({ path: `CFAssociations[${index}].destinationNodeURI`, message: '"KS" is not a level' }),
    ]);
  });

  it('bad: two levels of the same competency, a negative weight, a standard without a valid jenjang', () => {
    const pkg = build();
    const int4 = pkg.CFItems.find((i) => i.humanCodingScheme === 'INT.L4')!;
    const twice = withAssociation((a) => (a.destinationNodeURI.identifier = int4.identifier));
    expect(twice.result.errors).toEqual([
      expect.objectContaining({
        path: `CFAssociations[${twice.index}].destinationNodeURI`,
        message: '"INT" is listed twice',
      }),
    ]);
    const weight = withAssociation((a) => ((a as { extensions?: unknown }).extensions = { asesa: { weight: -5 } }));
    expect(weight.result.errors[0]?.path).toBe(`CFAssociations[${weight.index}].extensions.asesa.weight`);
    const broken = JSON.parse(JSON.stringify(pkg)) as { CFItems: { CFItemType?: string; extensions: unknown }[] };
    const at = broken.CFItems.findIndex((i) => i.CFItemType === 'Position Standard');
    (broken.CFItems[at]!.extensions as { asesa: { jenjang: string } }).asesa.jenjang = 'kepala';
    const r = parseCaseJson(utf8(JSON.stringify(broken)));
    expect(r.snapshot).toBeNull();
    expect(r.errors.map((e) => e.path)).toEqual([`CFItems[${at}].extensions.asesa.jenjang`]);
  });
});
