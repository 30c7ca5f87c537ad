import { describe, expect, it } from 'vitest';
import { diskEncryption, parseBitLocker, parseFileVault, parseLsblk, type Exec } from '../../electron/services/disk-encryption';

describe('disk encryption status', () => {
  it('reads BitLocker, FileVault and lsblk output', () => {
    expect(parseBitLocker('Volume C: [OS]\n    Protection Status:    Protection On\n')).toBe('on');
    expect(parseBitLocker('    Percentage Encrypted: 0.0%\n    Protection Status:    Protection Off')).toBe('off');
    expect(parseBitLocker('ERROR: An attempt to access a required resource was denied.')).toBe('unknown');
    expect(parseFileVault('FileVault is On.')).toBe('on');
    expect(parseFileVault('FileVault is Off.')).toBe('off');
    expect(parseLsblk('part\ncrypt\ndisk\n')).toBe('on');
    expect(parseLsblk('part\ndisk\n')).toBe('off');
    expect(parseLsblk('')).toBe('unknown');
  });

  it('asks the right tool per platform and says unknown when it fails', async () => {
    const seen: string[] = [];
    const exec: Exec = async (cmd, args) => {
      seen.push([cmd, ...args].join(' '));
      if (cmd === 'findmnt') return '/dev/mapper/root\n';
      if (cmd === 'lsblk') return 'crypt\npart\ndisk\n';
      throw new Error('not found');
    };
    expect(await diskEncryption('/home/asesor/.config/Asesa', 'linux', exec)).toBe('on');
    expect(await diskEncryption('D:\\Data\\Asesa', 'win32', exec)).toBe('unknown');
    expect(seen).toContain('manage-bde -status D:');
    expect(seen).toContain('lsblk -s -n -o TYPE /dev/mapper/root');
  });
});
