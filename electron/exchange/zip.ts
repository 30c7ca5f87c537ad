import { openZip, type ZipProblem } from '../codecs/zip';
import { packageError } from './errors';
import { LIMITS } from './format';

/** A name we would ever write: relative, no "..", no backslash, no drive, in the allowed set. */
export function checkEntryName(name: string, allowed: (name: string) => boolean): void {
  const bad =
    name.length === 0 ||
    name.startsWith('/') ||
    name.includes('\\') ||
    /^[A-Za-z]:/.test(name) ||
    name.split('/').some((part) => part === '..' || part === '.' || part === '') ||
    name.includes('\0') ||
    !allowed(name);
  if (bad) throw packageError('badEntryName', { name: JSON.stringify(name).slice(0, 120) });
}

/** A container problem in the words of a package refusal (exchange.errors.*). */
function packageProblem(p: ZipProblem): Error {
  switch (p.kind) {
    case 'truncated':
      return packageError('truncated');
    case 'unsupported':
      return packageError('notPackage');
    case 'duplicate':
      return packageError('duplicateEntry', { name: p.name });
    case 'tooManyEntries':
      return packageError('tooLarge', { name: '(archive)', size: p.count });
    case 'entryTooLarge':
      return packageError('tooLarge', { name: p.name, size: p.size });
    case 'totalTooLarge':
      return packageError('tooLarge', { name: '(total)', size: p.size });
    case 'ratio':
    case 'sizeMismatch':
    case 'crc':
      return packageError(p.kind, { name: p.name });
  }
}

/** Reads and checks a whole package archive; `allowed` decides which entry names may exist. */
export function readZip(bytes: Uint8Array, allowed: (name: string) => boolean): Map<string, Uint8Array> {
  const { entries, inflate } = openZip(bytes, {
    limits: LIMITS,
    checkName: (name) => checkEntryName(name, allowed),
    fail: packageProblem,
  });
  const out = new Map<string, Uint8Array>();
  for (const e of entries) out.set(e.name, inflate(e));
  return out;
}
