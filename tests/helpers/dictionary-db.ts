import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../../electron/db/connection';
import { ensureSeeded, type DictionaryResources } from '../../electron/services/dictionary-seed';
import { DICTIONARY_FIXTURES } from './dictionary';

/** The small fixture dictionary (3 competencies, 2 indicators per level) as seed resources. */
export function fixtureResources(): DictionaryResources {
  const read = (name: string): unknown => JSON.parse(fs.readFileSync(path.join(DICTIONARY_FIXTURES, name), 'utf8'));
  return { framework: read('asn-permenpan-38-2017.json'), jenjangDefaults: read('jenjang-default-levels.json') };
}

export function seedFixture(db: Db): void {
  ensureSeeded(db, fixtureResources());
}

export function frameworkIdOf(db: Db, idNumber = 'ASN-38-2017'): string {
  return (db.prepare('SELECT id FROM framework WHERE id_number = ?').get(idNumber) as { id: string }).id;
}

/** Every row of every dictionary table (and the audit log), to prove an import changed nothing. */
export function dictionaryDump(db: Db): Record<string, unknown[]> {
  const tables = [
    'framework',
    'framework_version',
    'framework_version_usage',
    'framework_node',
    'position_standard',
    'position_standard_requirement',
    'audit_log',
    'setting',
  ];
  return Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all()]));
}
