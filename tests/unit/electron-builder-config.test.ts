import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';

// electron-builder.yml is checked against electron-builder's own JSON schema (the file it
// validates with), read with the YAML parser electron-builder itself uses.
const ROOT = path.resolve(__dirname, '../..');
const require = createRequire(path.join(ROOT, 'package.json'));
const yaml = require('js-yaml') as { load(text: string): unknown };
const schema = require('app-builder-lib/scheme.json') as object;

interface Target {
  target: string;
}
interface BuilderConfig {
  appId: string;
  productName: string;
  directories: { output: string };
  files: string[];
  asarUnpack: string[];
  npmRebuild: boolean;
  win: { icon: string; target: Target[] };
  mac: { icon: string; target: Target[] };
  linux: { icon: string; category: string; maintainer: string; target: Target[] };
}

const config = yaml.load(fs.readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8')) as BuilderConfig;

function pngSize(file: string): { width: number; height: number } {
  const buf = fs.readFileSync(file);
  expect(buf.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

describe('electron-builder.yml', () => {
  it('is valid for electron-builder (unknown keys would be refused)', () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    expect(validate(config), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...config, linux: { ...config.linux, categroy: 'Office' } })).toBe(false);
  });

  it('names the product and packages for every platform', () => {
    expect(config.appId).toBe('id.asesa.desktop');
    expect(config.productName).toBe('Asesa');
    expect(config.directories.output).toBe('release');
    expect(config.win.target.map((t) => t.target)).toEqual(['nsis']);
    expect(config.mac.target.map((t) => t.target)).toEqual(['dmg']);
    expect(config.linux.target.map((t) => t.target)).toEqual(['AppImage', 'deb']);
    expect(config.linux.category).toBe('Office');
    expect(config.linux.maintainer).toMatch(/<.+@.+>/);
  });

  it('ships the bundles, unpacks the native module and rebuilds it per target', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { main: string };
    expect(config.files).toEqual(expect.arrayContaining(['package.json', 'dist/electron/**', 'dist/renderer/**']));
    expect(pkg.main).toBe('dist/electron/main.cjs');
    expect(config.asarUnpack).toContain('**/node_modules/better-sqlite3/**/*.node');
    expect(config.npmRebuild).toBe(true);
  });

  it('points at icons that exist in the sizes the platforms need', () => {
    expect(pngSize(path.join(ROOT, config.win.icon))).toEqual({ width: 256, height: 256 });
    expect(pngSize(path.join(ROOT, config.mac.icon))).toEqual({ width: 512, height: 512 });
    expect(pngSize(path.join(ROOT, config.linux.icon, '512x512.png'))).toEqual({ width: 512, height: 512 });
    expect(pngSize(path.join(ROOT, config.linux.icon, '256x256.png'))).toEqual({ width: 256, height: 256 });
  });
});
