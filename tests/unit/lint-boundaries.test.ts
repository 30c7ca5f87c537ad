import fs from 'node:fs';
import path from 'node:path';
import { ESLint, type Linter } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// Proves the layer boundaries of docs/architecture.md are enforced by `npm run lint`: each
// fixture is linted as if it were a file in a given folder, through the project's own config.
const ROOT = path.resolve(__dirname, '../..');
const FIXTURES = path.join(ROOT, 'tests/fixtures/lint');
const BOUNDARY_RULES = new Set([
  'no-restricted-imports',
  '@typescript-eslint/no-restricted-imports',
  'no-restricted-globals',
]);

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT });
});

async function lintAs(fixture: string, filePath: string): Promise<Linter.LintMessage[]> {
  const code = fs.readFileSync(path.join(FIXTURES, fixture), 'utf8');
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, filePath), warnIgnored: true });
  return result!.messages;
}

/** The boundary findings, as "rule: offending name"; fails if anything else was reported. */
async function boundaryFindings(fixture: string, filePath: string): Promise<string[]> {
  const messages = await lintAs(fixture, filePath);
  const other = messages.filter((m) => !m.ruleId || !BOUNDARY_RULES.has(m.ruleId));
  expect(other, `unexpected findings in ${fixture} as ${filePath}`).toEqual([]);
  return messages.map((m) => `${m.ruleId}: ${/'([^']+)'/.exec(m.message)?.[1] ?? m.message}`);
}

describe('boundary: only electron/main and electron/preload import Electron', () => {
  it.each(['electron/main/window.ts', 'electron/main/ipc/register.ts', 'electron/preload/api.ts'])(
    'allows it in %s',
    async (file) => {
      expect(await boundaryFindings('imports-electron.ts', file)).toEqual([]);
      expect(await boundaryFindings('imports-electron-subpath.ts', file)).toEqual([]);
    },
  );

  it.each([
    'electron/services/setup.ts',
    'electron/web/server.ts',
    'electron/db/connection.ts',
    'electron/cli/index.ts',
    'electron/main-helpers.ts',
    'renderer/lib/api.ts',
    'shared/contract/index.ts',
    'bench/run.ts',
  ])('refuses it in %s', async (file) => {
    expect(await boundaryFindings('imports-electron.ts', file)).toEqual(['no-restricted-imports: electron']);
    expect(await boundaryFindings('imports-electron-subpath.ts', file)).toEqual([
      'no-restricted-imports: electron/renderer',
    ]);
  });

  it('refuses a type-only import outside tests too', async () => {
    const [result] = await eslint.lintText("import type { App } from 'electron';\nexport type A = App;\n", {
      filePath: path.join(ROOT, 'electron/services/x.ts'),
    });
    expect(result!.messages.map((m) => m.ruleId)).toEqual(['no-restricted-imports']);
  });
});

describe('boundary: tests of the Electron shell', () => {
  it('may import Electron types for their stand-ins, but not Electron itself', async () => {
    const typeOnly = "import type { IpcMain } from 'electron';\nexport const stub = {} as Pick<IpcMain, 'handle'>;\n";
    const [ok] = await eslint.lintText(typeOnly, { filePath: path.join(ROOT, 'tests/unit/electron-ipc.test.ts') });
    expect(ok!.messages).toEqual([]);
    expect(await boundaryFindings('imports-electron.ts', 'tests/unit/electron-app.test.ts')).toEqual([
      '@typescript-eslint/no-restricted-imports: electron',
    ]);
  });
});

describe('boundary: the renderer never imports main-side code', () => {
  it('refuses a relative import into electron/', async () => {
    expect(await boundaryFindings('renderer-imports-main-side.tsx', 'renderer/features/home/new-id.tsx')).toEqual([
      'no-restricted-imports: ../../../electron/services/ids',
    ]);
  });

  it('allows shared/, its own lib/, a sibling named "electron", and DOM globals', async () => {
    expect(await boundaryFindings('renderer-clean.tsx', 'renderer/features/home/channels.tsx')).toEqual([]);
  });

  it('refuses Node built-ins in the renderer', async () => {
    expect(await boundaryFindings('shared-node-imports.ts', 'renderer/lib/files.ts')).toEqual([
      'no-restricted-imports: node:fs',
      'no-restricted-imports: path',
      'no-restricted-imports: crypto',
      'no-restricted-imports: fs/promises',
    ]);
  });
});

describe('boundary: shared/ uses neither Node nor the DOM', () => {
  it('refuses Node built-ins, with or without the node: prefix', async () => {
    expect(await boundaryFindings('shared-node-imports.ts', 'shared/domain/x.ts')).toEqual([
      'no-restricted-imports: node:fs',
      'no-restricted-imports: path',
      'no-restricted-imports: crypto',
      'no-restricted-imports: fs/promises',
    ]);
  });

  it('refuses DOM globals', async () => {
    expect(await boundaryFindings('shared-dom-globals.ts', 'shared/schemas/x.ts')).toEqual([
      'no-restricted-globals: document',
      'no-restricted-globals: fetch',
      'no-restricted-globals: window',
      'no-restricted-globals: localStorage',
      'no-restricted-globals: navigator',
    ]);
  });

  it('refuses Node globals', async () => {
    expect(await boundaryFindings('shared-node-globals.ts', 'shared/i18n/x.ts')).toEqual([
      'no-restricted-globals: process',
      'no-restricted-globals: Buffer',
    ]);
  });

  it('refuses imports from electron/ and renderer/', async () => {
    expect(await boundaryFindings('shared-imports-sides.ts', 'shared/contract/x.ts')).toEqual([
      'no-restricted-imports: ../../electron/db/connection',
      'no-restricted-imports: ../../renderer/App',
    ]);
  });

  it('passes a clean file: zod, other shared modules, language built-ins, console and timers', async () => {
    expect(await lintAs('shared-clean.ts', 'shared/schemas/clean.ts')).toEqual([]);
  });

  it('the same Node and DOM code is fine on the main side and in the renderer respectively', async () => {
    expect(await boundaryFindings('shared-node-imports.ts', 'electron/services/files.ts')).toEqual([]);
    expect(await boundaryFindings('shared-node-globals.ts', 'electron/services/env.ts')).toEqual([]);
    expect(await boundaryFindings('shared-dom-globals.ts', 'renderer/lib/storage.ts')).toEqual([]);
  });
});

describe('lint config', () => {
  it('ignores build output and these fixtures', async () => {
    expect(await eslint.isPathIgnored(path.join(ROOT, 'dist/renderer/assets/index.js'))).toBe(true);
    expect(await eslint.isPathIgnored(path.join(FIXTURES, 'imports-electron.ts'))).toBe(true);
    expect(await eslint.isPathIgnored(path.join(ROOT, 'electron/services/setup.ts'))).toBe(false);
  });

  it('applies the React hooks rules in the renderer', async () => {
    const code = `import { useState } from 'react';
export function Broken({ on }: { on: boolean }) {
  if (on) {
    const [x] = useState(0);
    return <b>{x}</b>;
  }
  return null;
}
`;
    const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, 'renderer/components/broken.tsx') });
    expect(result!.messages.map((m) => m.ruleId)).toContain('react-hooks/rules-of-hooks');
  });
});
