import { z } from 'zod';
import { COMPETENCY_TYPES, NODE_KINDS } from '../../shared/schemas/framework';
import type { ProblemKey, ProblemParams } from './types';

/** The 14 columns of Moodle's competency-framework CSV (tool_lpimportcsv), in order, exactly. */
export const MOODLE_COLUMNS = [
  'Parent id number',
  'Id number',
  'Shortname',
  'Description',
  'Description format',
  'Scale values',
  'Scale configuration',
  'Rule type (optional)',
  'Rule outcome (optional)',
  'Rule config (optional)',
  'Cross referenced competency id numbers',
  'Exported id (optional)',
  'Is framework',
  'Taxonomy',
] as const;

export const COL = {
  parent: 0,
  idNumber: 1,
  shortname: 2,
  description: 3,
  descriptionFormat: 4,
  scaleValues: 5,
  scaleConfiguration: 6,
  ruleType: 7,
  ruleOutcome: 8,
  ruleConfig: 9,
  related: 10,
  exportedId: 11,
  isFramework: 12,
  taxonomy: 13,
} as const;

/**
 * Moodle has one language and no notion of our node kinds. Our own exports append an HTML
 * comment to the (HTML-format) description carrying what Moodle cannot hold — the node kind,
 * competency type, level number, the English texts and the retired flag — so an Asesa → Moodle
 * CSV → Asesa round trip loses nothing, while Moodle shows only the Indonesian text (browsers
 * and Moodle's HTML cleaning hide comments). Files without the marker are foreign and are
 * mapped faithfully: nodes with children become 'group', leaves 'competency', English = as given.
 */
const MARKER_START = '<!--asesa:';
const MARKER_END = '-->';

export const nodeMarker = z.object({
  kind: z.enum(NODE_KINDS),
  type: z.enum(COMPETENCY_TYPES).optional(),
  level: z.number().int().min(1).max(5).optional(),
  en: z.object({ name: z.string(), description: z.string() }).optional(),
  retired: z.literal(true).optional(),
});
export type NodeMarker = z.infer<typeof nodeMarker>;

export const headerMarker = z.object({
  en: z.object({ name: z.string(), description: z.string() }).optional(),
  source: z.string().optional(),
  verifyNote: z.string().optional(),
});
export type HeaderMarker = z.infer<typeof headerMarker>;

export function withMarker(description: string, marker: object): string {
  // "<" and ">" are escaped inside the JSON so the comment can never be closed early.
  const json = JSON.stringify(marker).replace(/</g, '\\u003c').replace(/>/g, '\\u003e');
  return `${description}${MARKER_START}${json}${MARKER_END}`;
}

/** Splits a description into the visible text and the marker JSON (unknown until validated). */
export function splitMarker(description: string): { text: string; marker: unknown } {
  const start = description.lastIndexOf(MARKER_START);
  if (start < 0 || !description.endsWith(MARKER_END)) return { text: description, marker: undefined };
  try {
    const marker: unknown = JSON.parse(description.slice(start + MARKER_START.length, -MARKER_END.length));
    return { text: description.slice(0, start), marker };
  } catch {
    return { text: description, marker: undefined };
  }
}

/**
 * Moodle's scale configuration: a JSON array whose first element names the scale
 * ({"scaleid": "2"}) and whose other elements mark scale items (by 1-based id) as default
 * and/or proficient. Returns the problem (a message key), or null when it is consistent.
 */
export function scaleProblem(
  values: string,
  configuration: string,
): { key: ProblemKey; params?: ProblemParams } | null {
  if (configuration.trim() === '') return null;
  const count = values.split(',').filter((v) => v.trim() !== '').length;
  if (count === 0) return { key: 'scaleNoValues' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(configuration);
  } catch {
    return { key: 'scaleNotJson' };
  }
  if (!Array.isArray(parsed) || parsed.length < 2) return { key: 'scaleShape' };
  const [head, ...items] = parsed as unknown[];
  if (typeof head !== 'object' || head === null || !('scaleid' in head)) return { key: 'scaleNoScaleId' };
  let defaults = 0;
  let proficient = 0;
  for (const item of items) {
    const it = item as { id?: unknown; scaledefault?: unknown; proficient?: unknown };
    if (typeof item !== 'object' || item === null || !Number.isInteger(Number(it.id))) return { key: 'scaleItemId' };
    const id = Number(it.id);
    if (id < 1 || id > count) return { key: 'scaleItemRange', params: { id, count } };
    if (Number(it.scaledefault) === 1) defaults++;
    if (Number(it.proficient) === 1) proficient++;
  }
  if (defaults !== 1) return { key: 'scaleDefault' };
  if (proficient < 1) return { key: 'scaleProficient' };
  return null;
}
