#!/usr/bin/env node
// Bundles the Electron main process and the preload into CommonJS under dist/electron/.
// CJS because a sandboxed preload can only be a classic script, and the main bundle stays
// in step with it. `electron` is provided by the runtime; better-sqlite3 is a native module
// that must be loaded from node_modules (rebuilt for Electron, unpacked from the asar).
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// `--outdir DIR` lets tests build a throw-away copy without touching dist/.
const outdirArg = process.argv.indexOf('--outdir');
const outdir = outdirArg > 0 ? path.resolve(process.argv[outdirArg + 1]) : path.join(root, 'dist', 'electron');

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  // Electron 41 ships Node 22 / Chromium 146.
  target: 'node22',
  sourcemap: true,
  external: ['electron', 'better-sqlite3'],
  logLevel: 'warning',
  absWorkingDir: root,
};

const started = Date.now();
await Promise.all([
  build({ ...common, entryPoints: ['electron/main/index.ts'], outfile: path.join(outdir, 'main.cjs') }),
  // The preload runs in the sandbox: only `electron` may be required there; everything else
  // it uses must be inside the bundle (today: nothing but the function table).
  build({ ...common, entryPoints: ['electron/preload/index.ts'], outfile: path.join(outdir, 'preload.cjs') }),
  // PDF worker thread (electron/pdf/worker-pool.ts looks for it next to main.cjs).
  build({ ...common, entryPoints: ['electron/pdf/worker.ts'], outfile: path.join(outdir, 'pdf-worker.cjs') }),
]);
console.log(`${path.relative(root, outdir) || outdir}/main.cjs, preload.cjs and pdf-worker.cjs built in ${Date.now() - started} ms`);
