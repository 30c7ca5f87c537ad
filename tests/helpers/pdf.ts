import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Writes the PDF to a temp file, checks its structure with qpdf and returns its text (pdftotext). */
export function inspectPdf(bytes: Uint8Array): { text: string; pages: number; qpdf: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'asesa-pdf-'));
  const file = path.join(dir, 'doc.pdf');
  fs.writeFileSync(file, bytes);
  try {
    const qpdf = execFileSync('qpdf', ['--check', file], { encoding: 'utf8' });
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
    return { text, pages, qpdf };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
