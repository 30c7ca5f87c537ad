import fs from 'node:fs';
import path from 'node:path';

/**
 * The `resources/` folder: ASESA_RESOURCES when set; inside a packaged app, next to the asar
 * (process.resourcesPath/resources, see electron-builder.yml extraResources); in development,
 * the repository's own folder found by walking up from this file.
 */
export function resourcesDir(): string {
  const fromEnv = process.env.ASESA_RESOURCES;
  if (fromEnv) return fromEnv;
  const packaged = (process as { resourcesPath?: string }).resourcesPath;
  if (packaged && fs.existsSync(path.join(packaged, 'resources'))) return path.join(packaged, 'resources');
  let dir = __dirnameSafe();
  for (let i = 0; i < 6; i++) {
    const candidate = path.join(dir, 'resources');
    if (fs.existsSync(path.join(candidate, 'fonts'))) return candidate;
    dir = path.dirname(dir);
  }
  return path.resolve('resources');
}

export function resourcePath(...parts: string[]): string {
  return path.join(resourcesDir(), ...parts);
}

function __dirnameSafe(): string {
  // Works in the CJS bundle (__dirname) and under tsx/vitest (ESM, import.meta not needed: cwd fallback).
  return typeof __dirname === 'string' ? __dirname : process.cwd();
}
