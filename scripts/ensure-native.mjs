#!/usr/bin/env node
// Usage: node scripts/ensure-native.mjs node|electron [--root DIR]
//
// better-sqlite3 is a native module: one compiled file (build/Release/better_sqlite3.node) for
// one ABI. Tests, the CLI and browser mode load it under Node; the desktop app under Electron,
// whose ABI differs. This script makes the file fit the runtime asked for, cheaply:
//   - the marker node_modules/.asesa-native-abi records which runtime/ABI the current file is
//     for, with its sha256 (so a rebuild by someone else, e.g. electron-builder, is noticed);
//   - every build is kept in node_modules/.cache/asesa-native/<runtime>-<abi>-<platform>-<arch>/,
//     so switching back and forth is a file copy, not a one-minute compile;
//   - only when no cached build fits does it rebuild (`npm rebuild better-sqlite3` for Node,
//     @electron/rebuild for Electron), then checks that the result really loads.
// For `node` the fast path is simply: the module loads under this Node → done.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const MODULE = 'better-sqlite3';
const BINARY = 'better_sqlite3.node';

export function paths(root) {
  const moduleDir = path.join(root, 'node_modules', MODULE);
  return {
    root,
    moduleDir,
    binary: path.join(moduleDir, 'build', 'Release', BINARY),
    marker: path.join(root, 'node_modules', '.asesa-native-abi'),
    cacheDir: path.join(root, 'node_modules', '.cache', 'asesa-native'),
    electronDir: path.join(root, 'node_modules', 'electron'),
  };
}

const keyOf = (t) => `${t.runtime}-${t.abi}-${t.platform}-${t.arch}`;

function sha256(file) {
  try {
    return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
  } catch {
    return null;
  }
}

function readMarker(p) {
  try {
    const m = JSON.parse(fs.readFileSync(p.marker, 'utf8'));
    return typeof m.runtime === 'string' && typeof m.abi === 'string' ? m : null;
  } catch {
    return null;
  }
}

function writeMarker(p, target) {
  const marker = { ...target, sha256: sha256(p.binary) };
  fs.writeFileSync(p.marker, JSON.stringify(marker, null, 2) + '\n');
}

/** Copy via a temp file + rename: a process that has the old file mapped keeps its own inode. */
function atomicCopy(from, to) {
  fs.mkdirSync(path.dirname(to), { recursive: true });
  const tmp = `${to}.${process.pid}.tmp`;
  fs.copyFileSync(from, tmp);
  fs.renameSync(tmp, to);
}

function cacheFile(p, target) {
  return path.join(p.cacheDir, keyOf(target), BINARY);
}

/** Keeps the current build in the cache under the target it is known to be for. */
function remember(p, target) {
  if (!fs.existsSync(p.binary)) return;
  const cached = cacheFile(p, target);
  if (sha256(cached) !== sha256(p.binary)) atomicCopy(p.binary, cached);
}

/** Puts a cached build for `target` in place; false when there is none. */
function restore(p, target) {
  const cached = cacheFile(p, target);
  if (!fs.existsSync(cached)) return false;
  atomicCopy(cached, p.binary);
  return true;
}

/** Stashes the current build if the marker still describes it (same hash). */
function stashMarked(p) {
  const marker = readMarker(p);
  if (marker && marker.sha256 && marker.sha256 === sha256(p.binary)) remember(p, marker);
}

// Loads the module in a child process: a failed dlopen in this process could not be retried.
const PROBE = `const r = require('node:module').createRequire(process.argv[1]);
const D = r('${MODULE}'); new D(':memory:').close();`;

function loadsWith(p, command, env = process.env) {
  const res = spawnSync(command, ['-e', PROBE, path.join(p.root, 'package.json')], {
    cwd: p.root,
    env,
    encoding: 'utf8',
  });
  return { ok: res.status === 0, output: `${res.stderr ?? ''}${res.error?.message ?? ''}`.trim() };
}

function run(command, args, cwd) {
  console.log(`> ${[command, ...args].join(' ')}`);
  const res = spawnSync(command, args, { cwd, stdio: 'inherit', shell: process.platform === 'win32' });
  return res.status === 0;
}

export function nodeTarget() {
  return {
    runtime: 'node',
    abi: process.versions.modules,
    version: process.version,
    platform: process.platform,
    arch: process.arch,
  };
}

/** The Electron the project depends on, and its binary (null when it was never downloaded). */
export function electronInfo(p, env = process.env) {
  const pkgFile = path.join(p.electronDir, 'package.json');
  if (!fs.existsSync(pkgFile)) return null;
  const { version } = JSON.parse(fs.readFileSync(pkgFile, 'utf8'));
  const abiFile = path.join(p.electronDir, 'abi_version');
  const abi = fs.existsSync(abiFile) ? fs.readFileSync(abiFile, 'utf8').trim() : null;
  // Same lookup as node_modules/electron/index.js, without its throw.
  const pathTxt = path.join(p.electronDir, 'path.txt');
  const exe = fs.existsSync(pathTxt) ? fs.readFileSync(pathTxt, 'utf8').trim() : null;
  const distDir = env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(p.electronDir, 'dist');
  const binary = exe && fs.existsSync(path.join(distDir, exe)) ? path.join(distDir, exe) : null;
  return {
    version,
    abi,
    binary,
    target: { runtime: 'electron', abi, version, platform: process.platform, arch: process.arch },
  };
}

function npmRebuild(p) {
  // Under `npm run`, npm_execpath is npm's own CLI script: run it with this Node.
  const npmCli = process.env.npm_execpath;
  return npmCli && npmCli.endsWith('.js')
    ? run(process.execPath, [npmCli, 'rebuild', MODULE], p.root)
    : run('npm', ['rebuild', MODULE], p.root);
}

export function ensureNode(p) {
  const target = nodeTarget();
  const label = `Node ${target.version} (ABI ${target.abi})`;
  if (loadsWith(p, process.execPath).ok) {
    writeMarker(p, target);
    remember(p, target);
    console.log(`${MODULE} is ready for ${label}.`);
    return 0;
  }
  stashMarked(p);
  if (restore(p, target) && loadsWith(p, process.execPath).ok) {
    writeMarker(p, target);
    console.log(`${MODULE}: switched to the cached build for ${label}.`);
    return 0;
  }
  console.log(`${MODULE}: building for ${label} (about a minute)…`);
  const built = npmRebuild(p);
  const check = loadsWith(p, process.execPath);
  if (built && check.ok) {
    writeMarker(p, target);
    remember(p, target);
    console.log(`${MODULE} is ready for ${label}.`);
    return 0;
  }
  console.error(`${MODULE} still does not load under ${label} after rebuilding.\n${check.output}`);
  console.error(
    'A C++ compiler and Python are needed to build it from source (Debian: apt-get install build-essential python3).',
  );
  return 1;
}

export function ensureElectron(p, env = process.env) {
  const info = electronInfo(p, env);
  if (!info) {
    console.error('The electron package is not installed: run `npm install` first.');
    return 1;
  }
  if (!info.binary || !info.abi) {
    console.error(
      `The Electron ${info.version} binary is not installed (node_modules/electron has no dist/), so ` +
        `${MODULE} cannot be built for it and the desktop app cannot start.\n` +
        'It is downloaded by `npm install` when ELECTRON_SKIP_BINARY_DOWNLOAD is not set: run\n' +
        '  node node_modules/electron/install.js\n' +
        'Without it, use browser mode: npm run web',
    );
    return 1;
  }
  const target = info.target;
  const label = `Electron ${info.version} (ABI ${info.abi})`;
  const marker = readMarker(p);
  if (marker && keyOf(marker) === keyOf(target) && marker.sha256 === sha256(p.binary)) {
    console.log(`${MODULE} is ready for ${label}.`);
    return 0;
  }
  // Keep what is there now: a Node build (it loads under Node) or whatever the marker says.
  if (loadsWith(p, process.execPath).ok) remember(p, nodeTarget());
  else stashMarked(p);

  const electronEnv = { ...env, ELECTRON_RUN_AS_NODE: '1' };
  if (restore(p, target) && loadsWith(p, info.binary, electronEnv).ok) {
    writeMarker(p, target);
    console.log(`${MODULE}: switched to the cached build for ${label}.`);
    return 0;
  }
  console.log(`${MODULE}: building for ${label}…`);
  const cli = path.join(p.root, 'node_modules', '@electron', 'rebuild', 'lib', 'cli.js');
  const built = run(
    process.execPath,
    [cli, '--version', info.version, '--only', MODULE, '--force', '--module-dir', p.root],
    p.root,
  );
  const check = loadsWith(p, info.binary, electronEnv);
  if (built && check.ok) {
    writeMarker(p, target);
    remember(p, target);
    console.log(`${MODULE} is ready for ${label}.`);
    return 0;
  }
  console.error(`${MODULE} could not be built for ${label}.\n${check.output}`);
  return 1;
}

function main(argv) {
  const mode = argv[0];
  const rootIndex = argv.indexOf('--root');
  const root =
    rootIndex >= 0
      ? path.resolve(argv[rootIndex + 1] ?? '.')
      : path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const p = paths(root);
  if (!fs.existsSync(p.moduleDir)) {
    console.error(`${MODULE} is not installed in ${root}: run \`npm install\` first.`);
    return 1;
  }
  if (mode === 'node') return ensureNode(p);
  if (mode === 'electron') return ensureElectron(p);
  console.error('usage: node scripts/ensure-native.mjs node|electron [--root DIR]');
  return 2;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
