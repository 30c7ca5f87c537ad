import type { ChannelInput, ChannelOutput } from '../../../../shared/contract';
import { dayBoundary } from '../format';

export type AuditEntry = ChannelOutput<'audit.list'>[number];
export type AuditQuery = ChannelInput<'audit.list'>;

/** What the filter form holds: plain strings, '' meaning "any". */
export interface AuditFilterValues {
  entity: string;
  action: string;
  actorId: string;
  from: string;
  to: string;
  text: string;
}

export const NO_FILTERS: AuditFilterValues = { entity: '', action: '', actorId: '', from: '', to: '', text: '' };

/** Entries fetched per audit.list call; "load more" asks for the next page before the oldest seq. */
export const AUDIT_PAGE = 50;

/**
 * Record types and actions the main side writes today, offered as suggestions; the fields
 * stay free text so a type added later can still be filtered.
 */
export const KNOWN_ENTITIES = [
  'user',
  'setting',
  'office',
  'database',
  'participant',
  'privacy_ack',
  'framework',
  'framework_version',
  'framework_node',
  'position_standard',
  'batch',
  'assignment',
  'exercise',
  'observation_note',
  'rating',
  'integration_decision',
  'integration_lock',
  'result',
  'idp',
  'package',
];
export const KNOWN_ACTIONS = [
  'create',
  'update',
  'delete',
  'setup',
  'change-password',
  'reset-password',
  'activate',
  'deactivate',
  'backup',
  'schedule-restore',
  'import',
  'acknowledge',
  'subject-export',
  'anonymise',
  'erase',
  'submit',
  'approve',
  'lock',
  'unlock',
];

/** The filter form → audit.list's input (empty fields left out, days as local-day boundaries). */
export function toQuery(f: AuditFilterValues, beforeSeq?: number): AuditQuery {
  const q: AuditQuery = { limit: AUDIT_PAGE };
  const entity = f.entity.trim();
  const action = f.action.trim();
  const text = f.text.trim();
  if (entity) q.entity = entity;
  if (action) q.action = action;
  if (f.actorId) q.actorId = f.actorId;
  if (text) q.text = text;
  const from = dayBoundary(f.from, false);
  const to = dayBoundary(f.to, true);
  if (from) q.from = from;
  if (to) q.to = to;
  if (beforeSeq !== undefined) q.beforeSeq = beforeSeq;
  return q;
}

/** A stored old/new value (JSON text) laid out for reading; anything unparsable is shown as is. */
export function prettyValue(raw: string | null): string | null {
  if (raw === null) return null;
  try {
    return JSON.stringify(JSON.parse(raw), null, 2);
  } catch {
    return raw;
  }
}
