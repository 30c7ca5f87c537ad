import { describe, expect, it } from 'vitest';
import { readFileAsBase64 } from '../../renderer/lib/files';

describe('renderer file helpers', () => {
  it('reads a picked file as base64, including bytes above 127', async () => {
    const bytes = new Uint8Array([0x4e, 0x49, 0x50, 0xe9, 0x00, 0xff]);
    const file = new File([bytes], 'peserta.csv');
    expect(await readFileAsBase64(file)).toBe('TklQ6QD/');
  });
});
