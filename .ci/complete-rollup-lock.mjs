#!/usr/bin/env node
// Usage: node .ci/complete-rollup-lock.mjs [package-lock.json]
//
// Why: npm 11's `npm ci` checks that every package named in rollup's optionalDependencies has an
// entry in package-lock.json, but `npm install` on this network cannot write them: the registry
// here serves only rollup's linux-x64-gnu and linux-arm64-gnu builds, so npm leaves the other 24
// platform packages out and `npm ci` then fails with "Missing: @rollup/rollup-… from lock file"
// (npm/cli#4828). This adds the missing entries with their os/cpu/libc, which is all npm needs
// to skip them on other platforms; no integrity is recorded because none can be fetched here
// (npm checks it when a platform does download one). Idempotent; keeps npm's key order.
// Run it again after an `npm install` that changes the rollup version.
import fs from 'node:fs';
const file = process.argv[2] ?? 'package-lock.json';
const lock = JSON.parse(fs.readFileSync(file, 'utf8'));
const rollup = lock.packages['node_modules/rollup'];
const platform = {
  'android-arm-eabi': ['android', 'arm'],
  'android-arm64': ['android', 'arm64'],
  'android-x64': ['android', 'x64'],
  'darwin-arm64': ['darwin', 'arm64'],
  'darwin-x64': ['darwin', 'x64'],
  'freebsd-arm64': ['freebsd', 'arm64'],
  'freebsd-x64': ['freebsd', 'x64'],
  'linux-arm-gnueabihf': ['linux', 'arm', 'glibc'],
  'linux-arm-musleabihf': ['linux', 'arm', 'musl'],
  'linux-arm64-gnu': ['linux', 'arm64', 'glibc'],
  'linux-arm64-musl': ['linux', 'arm64', 'musl'],
  'linux-loong64-gnu': ['linux', 'loong64', 'glibc'],
  'linux-loong64-musl': ['linux', 'loong64', 'musl'],
  'linux-ppc64-gnu': ['linux', 'ppc64', 'glibc'],
  'linux-ppc64-musl': ['linux', 'ppc64', 'musl'],
  'linux-riscv64-gnu': ['linux', 'riscv64', 'glibc'],
  'linux-riscv64-musl': ['linux', 'riscv64', 'musl'],
  'linux-s390x-gnu': ['linux', 's390x', 'glibc'],
  'linux-x64-gnu': ['linux', 'x64', 'glibc'],
  'linux-x64-musl': ['linux', 'x64', 'musl'],
  'openbsd-x64': ['openbsd', 'x64'],
  'openharmony-arm64': ['openharmony', 'arm64'],
  'win32-arm64-msvc': ['win32', 'arm64'],
  'win32-ia32-msvc': ['win32', 'ia32'],
  'win32-x64-gnu': ['win32', 'x64'],
  'win32-x64-msvc': ['win32', 'x64'],
};
let added = 0;
for (const [name, version] of Object.entries(rollup.optionalDependencies)) {
  if (!name.startsWith('@rollup/')) continue;
  const key = `node_modules/${name}`;
  if (lock.packages[key]) continue;
  const p = platform[name.slice('@rollup/rollup-'.length)];
  if (!p) throw new Error(`unknown platform ${name}`);
  const [os, cpu, libc] = p;
  lock.packages[key] = {
    version,
    cpu: [cpu],
    dev: true,
    ...(libc ? { libc: [libc] } : {}),
    license: 'MIT',
    optional: true,
    os: [os],
  };
  added++;
}
// Keep the key order npm writes (sorted paths) so the diff stays small.
const [root, ...rest] = Object.entries(lock.packages);
lock.packages = Object.fromEntries([root, ...rest.sort(([a], [b]) => a.localeCompare(b, 'en'))]);
fs.writeFileSync(file, JSON.stringify(lock, null, 2) + '\n');
console.log(`added ${added}`);
