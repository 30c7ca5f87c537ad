import fs from 'node:fs';
import path from 'node:path';
import { frameworkSnapshot, type FrameworkSnapshot } from '../../shared/schemas/framework';

/** Small dictionary fixtures in the shape of resources/dictionary (a few competencies only). */
export const DICTIONARY_FIXTURES = path.resolve(__dirname, '../fixtures/dictionary');
export const MOODLE_EXAMPLE = path.resolve(__dirname, '../fixtures/moodle/moodle-competency-framework-example.csv');
export const CASE_SCHEMA = path.resolve(__dirname, '../fixtures/standards/case-v1p1-cfpackage-schema.json');

export function fixtureSnapshot(): FrameworkSnapshot {
  return frameworkSnapshot.parse(
    JSON.parse(fs.readFileSync(path.join(DICTIONARY_FIXTURES, 'asn-permenpan-38-2017.json'), 'utf8')),
  );
}

/** The real seed dictionary the app ships (resources/dictionary). */
export function bundledSnapshot(): FrameworkSnapshot {
  const file = path.resolve(__dirname, '../../resources/dictionary/asn-permenpan-38-2017.json');
  return frameworkSnapshot.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
}

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
