import { createHash } from 'node:crypto';

/**
 * Deterministic UUIDs (RFC 4122 version 5: SHA-1 of a namespace and a name) so exporting the
 * same framework twice gives identical identifiers, and a receiving CASE system sees updates
 * to the same items rather than new ones.
 */
const ASESA_NAMESPACE = 'a5e5a000-0000-4c0d-8e5e-000000000001';

function uuidBytes(uuid: string): Buffer {
  return Buffer.from(uuid.replace(/-/g, ''), 'hex');
}

export function uuidV5(name: string, namespace = ASESA_NAMESPACE): string {
  const hash = createHash('sha1').update(uuidBytes(namespace)).update(name, 'utf8').digest();
  const b = hash.subarray(0, 16);
  b[6] = (b[6]! & 0x0f) | 0x50;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = b.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The schema's identifier pattern, anchored: lower-case hex, RFC 4122 variant. */
export const CASE_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/**
 * URIs are RFC 4122 URNs ("urn:uuid:…"): valid absolute URIs per the schema's "uri" format,
 * globally unique, and honest about not being resolvable on the network (an offline app
 * has no CASE server to point at).
 */
export const caseUri = (uuid: string): string => `urn:uuid:${uuid}`;

export const documentId = (frameworkIdNumber: string) => uuidV5(`framework:${frameworkIdNumber}`);
export const itemId = (frameworkIdNumber: string, nodeIdNumber: string) =>
  uuidV5(`item:${frameworkIdNumber}:${nodeIdNumber}`);
export const associationId = (frameworkIdNumber: string, type: string, origin: string, destination: string) =>
  uuidV5(`association:${frameworkIdNumber}:${type}:${origin}:${destination}`);
