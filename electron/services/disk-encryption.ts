import { execFile } from 'node:child_process';

/**
 * Is the folder holding the database on an encrypted disk? Asesa relies on the operating
 * system's full-disk encryption for data at rest (docs/security.md); this check lets the app
 * warn when it is off. It only reads status, never changes anything, and answers 'unknown'
 * whenever the tool is missing or its output is not understood.
 */
export type DiskEncryption = 'on' | 'off' | 'unknown';

export type Exec = (cmd: string, args: string[]) => Promise<string>;

const defaultExec: Exec = (cmd, args) =>
  new Promise((resolve, reject) =>
    execFile(cmd, args, { timeout: 5000, windowsHide: true }, (err, stdout) => (err ? reject(err) : resolve(String(stdout)))),
  );

export function parseBitLocker(output: string): DiskEncryption {
  if (/Protection Status:\s*Protection On/i.test(output) || /Status Perlindungan:\s*Perlindungan Aktif/i.test(output)) return 'on';
  if (/Protection Status:\s*Protection Off/i.test(output) || /Percentage Encrypted:\s*0[.,]0%/i.test(output)) return 'off';
  return 'unknown';
}

export function parseFileVault(output: string): DiskEncryption {
  if (/FileVault is On/i.test(output)) return 'on';
  if (/FileVault is Off/i.test(output)) return 'off';
  return 'unknown';
}

/** `lsblk -s -o TYPE <device>` lists the device and everything under it: a "crypt" layer means LUKS/dm-crypt. */
export function parseLsblk(output: string): DiskEncryption {
  const types = output.split('\n').map((l) => l.trim()).filter(Boolean);
  if (types.length <= 1) return 'unknown';
  return types.includes('crypt') ? 'on' : 'off';
}

export async function diskEncryption(folder: string, platform = process.platform, exec: Exec = defaultExec): Promise<DiskEncryption> {
  try {
    if (platform === 'win32') {
      const drive = /^[A-Za-z]:/.exec(folder)?.[0] ?? 'C:';
      return parseBitLocker(await exec('manage-bde', ['-status', drive]));
    }
    if (platform === 'darwin') return parseFileVault(await exec('fdesetup', ['status']));
    if (platform === 'linux') {
      const source = (await exec('findmnt', ['-n', '-o', 'SOURCE', '--target', folder])).trim();
      if (!source.startsWith('/dev/')) return 'unknown';
      return parseLsblk(await exec('lsblk', ['-s', '-n', '-o', 'TYPE', source]));
    }
  } catch {
    return 'unknown';
  }
  return 'unknown';
}
