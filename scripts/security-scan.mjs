#!/usr/bin/env node
// Runs the Electron static security checker (@doyensec/electronegativity) over the app's own
// source (electron/ and renderer/ together, so its global checks see both the CSP and the
// main-process handlers) and fails on any finding of MEDIUM severity or above that is not
// explained in docs/security-findings.json.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'asesa-scan-'));
for (const dir of ['electron', 'renderer']) fs.cpSync(path.join(root, dir), path.join(work, 'src', dir), { recursive: true });
fs.cpSync(path.join(root, 'tests/fixtures/security/canary-window.js'), path.join(work, 'src', 'canary', 'canary-window.js'));
const electronVersion = JSON.parse(fs.readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8')).version;
const out = path.join(work, 'findings.csv');
const bin = path.join(root, 'node_modules/.bin/electronegativity');
try {
  execFileSync(bin, ['-i', path.join(work, 'src'), '-r', '-v', 'false', '-e', electronVersion, '-o', out], { stdio: ['ignore', 'ignore', 'inherit'] });
} catch (e) {
  console.error(`electronegativity failed: ${e.message}`);
  process.exit(2);
}

/** A small RFC 4180 reader: quoted fields, doubled quotes, commas and newlines inside quotes. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field.trim());
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') endField();
    else if (c === '\n') {
      endField();
      rows.push(row);
      row = [];
    } else field += c;
  }
  if (field || row.length) {
    endField();
    rows.push(row);
  }
  return rows;
}

const [, ...findings] = parseCsv(fs.readFileSync(out, 'utf8')).filter((r) => r.length > 3);
const explained = JSON.parse(fs.readFileSync(path.join(root, 'docs/security-findings.json'), 'utf8')).explained;
const all = findings.map(([check, severity, confidence, file, location]) => ({ check, severity, confidence, file: file.replace(/^src\//, ''), location }));
if (!all.some((f) => f.file.startsWith('canary/') && f.check === 'NODE_INTEGRATION_JS_CHECK')) {
  console.error('the checker did not flag the canary window (nodeIntegration: true): the scan is not working');
  process.exit(2);
}
const serious = all.filter((f) => !f.file.startsWith('canary/') && ['MEDIUM', 'HIGH', 'CRITICAL'].includes(f.severity));
let unexplained = 0;
for (const f of serious) {
  const why = explained.find((e) => e.check === f.check && (e.file === '*' || e.file === f.file));
  if (!why) unexplained++;
  console.log(`${why ? 'explained  ' : 'UNEXPLAINED'} ${f.severity.padEnd(8)} ${f.check} ${f.file}:${f.location}${why ? ` — ${why.reason}` : ''}`);
}
console.log(`electronegativity ${electronVersion}: ${findings.length} finding(s), ${serious.length} medium or above, ${unexplained} unexplained`);
if (!process.env.ASESA_KEEP_SCAN) fs.rmSync(work, { recursive: true, force: true });
else console.log(`scan kept in ${work}`);
process.exit(unexplained ? 1 : 0);
