import type { z } from 'zod';
import { JENJANG } from '../../shared/domain/jenjang';
import { frameworkSnapshot } from '../../shared/schemas/framework';
import { jenjangDefaults } from '../../shared/schemas/position-standard';
import asnDictionary from '../../resources/dictionary/asn-permenpan-38-2017.json';
import jenjangDefaultLevels from '../../resources/dictionary/jenjang-default-levels.json';
import { checkTree } from '../codecs/tree';
import type { CodecError } from '../codecs/types';
import type { Db } from '../db/connection';
import { findFrameworkByIdNumber, insertFramework, insertVersion } from '../repositories/framework';
import { insertNodes } from '../repositories/framework-node';
import { insertStandard, replaceRequirements } from '../repositories/position-standard';
import { localise, reason } from './dictionary-messages';
import { AppError } from './errors';
import { JENJANG_DEFAULTS_KEY, defaultRequirements } from './position-standard';
import { getSetting, setSetting } from './settings';

/** The seed data, bundled into the app from resources/dictionary (data, not code). */
export interface DictionaryResources {
  framework: unknown;
  jenjangDefaults: unknown;
}

export const BUNDLED_RESOURCES: DictionaryResources = {
  framework: asnDictionary as unknown,
  jenjangDefaults: jenjangDefaultLevels as unknown,
};

const SEEDED_KEY = 'dictionary.seeded';

function invalid(db: Db, name: string, error: z.ZodError | CodecError[]): AppError {
  const details = Array.isArray(error)
    ? localise(db, error)
    : error.issues.map((i) => ({ path: i.path.join('.') || '(root)', message: i.message }));
  return new AppError('BAD_INPUT', { reason: reason('resourceInvalid', { file: name }) }, details.slice(0, 50));
}

/** Validates both resource files; a broken resource is a clear error naming file and field. */
export function loadResources(db: Db, resources: DictionaryResources) {
  const fw = frameworkSnapshot.safeParse(resources.framework);
  if (!fw.success) throw invalid(db, 'asn-permenpan-38-2017.json', fw.error);
  const tree = checkTree(
    fw.data.nodes.map((node, i) => ({ node, where: `nodes[${i}]` })),
    { id: 'idNumber', parent: 'parent', related: 'related' },
  );
  if (tree.length > 0) throw invalid(db, 'asn-permenpan-38-2017.json', tree);
  const defaults = jenjangDefaults.safeParse(resources.jenjangDefaults);
  if (!defaults.success) throw invalid(db, 'jenjang-default-levels.json', defaults.error);
  return { snapshot: fw.data, defaults: defaults.data };
}

/**
 * First use: the ASN dictionary as framework version 1, the jenjang default table, and one
 * default position standard per jenjang ("Standar bawaan — <jenjang>", flagged default + to
 * verify). Idempotent: once done (recorded in settings with its time) it does nothing, so it is
 * safe to call at every start; a user who later edits or removes seeded data is not overridden.
 * Seeding is the installation's initial state, not a user's change, so it is not in the audit log.
 */
export function ensureSeeded(db: Db, resources: DictionaryResources = BUNDLED_RESOURCES): { seeded: boolean } {
  if (getSetting<string | null>(db, SEEDED_KEY, null) !== null) return { seeded: false };
  const { snapshot, defaults } = loadResources(db, resources);
  return db.transaction(() => {
    if (getSetting<string | null>(db, SEEDED_KEY, null) !== null) return { seeded: false };
    setSetting(db, JENJANG_DEFAULTS_KEY, defaults);
    let fw = findFrameworkByIdNumber(db, snapshot.framework.idNumber);
    if (!fw) {
      fw = insertFramework(db, snapshot.framework.idNumber);
      const version = insertVersion(db, {
        frameworkId: fw.id,
        number: 1,
        header: snapshot.framework,
        createdBy: null,
        origin: 'seed',
      });
      insertNodes(db, version.id, snapshot.nodes);
    }
    for (const j of JENJANG) {
      if (!defaults.defaults.some((d) => d.jenjang === j.code)) continue;
      const id = insertStandard(db, {
        name: `Standar bawaan — ${j.label}`,
        group: j.group,
        jenjang: j.code,
        unit: '',
        agency: '',
        frameworkId: fw.id,
        isDefault: true,
        verify: defaults.verify,
        copiedFrom: null,
      });
      replaceRequirements(db, id, defaultRequirements(db, fw.id, j.code));
    }
    setSetting(db, SEEDED_KEY, new Date().toISOString());
    return { seeded: true };
  })();
}
