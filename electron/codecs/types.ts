import type { JenjangCode } from '../../shared/domain/jenjang';
import type { FrameworkSnapshot } from '../../shared/schemas/framework';
import type { Requirement } from '../../shared/schemas/position-standard';
import type { dictionary } from '../../shared/i18n/messages/dictionary';

export type ProblemKey = keyof typeof dictionary.en.problems;
export type ProblemParams = Record<string, string | number>;

/**
 * One problem in an imported file. `path` names where ("row 12, column Id number",
 * "CFItems[3].identifier"); `message` is the English text, and `key` + `params` let the
 * service show it in the device language (shared/i18n/messages/dictionary.ts).
 */
export interface CodecError {
  path: string;
  message: string;
  key: ProblemKey;
  params: ProblemParams;
}

/** What every framework codec returns: a snapshot only when there are no errors. */
export interface FrameworkParseResult {
  snapshot: FrameworkSnapshot | null;
  errors: CodecError[];
  /** Position standards carried by the file (CASE only; Moodle CSV has no place for them). */
  standards?: CaseStandard[];
}

/**
 * A Standar Kompetensi Jabatan as it travels in a CASE package: one CFItem plus one
 * hasSkillLevel association per requirement (standard item → the competency's level item).
 */
export interface CaseStandard {
  /** The exporting database's id; a default standard is matched by jenjang instead. */
  id: string;
  name: string;
  jenjang: JenjangCode;
  unit: string;
  agency: string;
  isDefault: boolean;
  verify: boolean;
  requirements: Requirement[];
}
