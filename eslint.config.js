// ESLint flat config. Besides the usual recommended rules, it enforces the layer boundaries of
// docs/architecture.md with no-restricted-imports / no-restricted-globals per folder; the test
// tests/unit/lint-boundaries.test.ts proves each boundary catches a violation.
// Not type-aware on purpose: the build machines have two cores and lint runs on every `npm test`.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

const SOURCE = ['**/*.{ts,tsx,js,mjs,cjs}'];
const ONLY_ELECTRON_MAY = ['electron/main/**', 'electron/preload/**'];

const ELECTRON_PACKAGE = {
  paths: [{ name: 'electron', message: 'Only electron/main/** and electron/preload/** may import Electron.' }],
  patterns: [{ regex: '^electron/', message: 'Only electron/main/** and electron/preload/** may import Electron.' }],
};

const NODE_BUILTINS = {
  paths: builtinModules
    .filter((m) => !m.startsWith('_'))
    .map((name) => ({ name, message: 'shared/ and renderer/ run without Node: no Node built-ins.' })),
  patterns: [{ regex: '^node:', message: 'shared/ and renderer/ run without Node: no Node built-ins.' }],
};

// Relative paths that climb out to the top-level electron/ folder: `../../electron/services/x`.
const MAIN_SIDE_CODE = {
  regex: '^(\\.\\./)+electron(/|$)',
  message: 'The renderer reaches the main side only through renderer/lib/api.ts (the contract), never by import.',
};
const RENDERER_CODE = {
  regex: '^(\\.\\./)+renderer(/|$)',
  message: 'shared/ is imported by both sides and may not depend on the renderer.',
};
const SHARED_TO_MAIN = {
  ...MAIN_SIDE_CODE,
  message: 'shared/ is imported by both sides and may not depend on electron/.',
};

/** no-restricted-imports options are replaced, not merged, per file: each folder gets its full set. */
function restrictImports(...groups) {
  return [
    'error',
    {
      paths: groups.flatMap((g) => g.paths ?? []),
      patterns: groups.flatMap((g) => g.patterns ?? []),
    },
  ];
}

// Globals shared/ may not use: anything only a browser has, the Node-only ones, and the I/O and
// device APIs that both happen to offer. Language built-ins, console, timers, URL and
// TextEncoder stay allowed because they behave the same on both sides.
const builtins = new Set(Object.keys(globals.es2025));
const browserOnly = Object.keys(globals.browser).filter((g) => !(g in globals.node) && !builtins.has(g));
const nodeOnly = Object.keys(globals.node).filter((g) => !(g in globals.browser) && !builtins.has(g));
const environmentApis = [
  'fetch',
  'localStorage',
  'sessionStorage',
  'Storage',
  'navigator',
  'Navigator',
  'crypto',
  'Crypto',
  'SubtleCrypto',
  'CryptoKey',
  'WebSocket',
  'Request',
  'Response',
  'Headers',
  'FormData',
  'BroadcastChannel',
  'performance',
];
const SHARED_FORBIDDEN_GLOBALS = [...new Set([...browserOnly, ...nodeOnly, ...environmentApis])].map((name) => ({
  name,
  message: 'shared/ is pure TypeScript: no DOM, no Node, no I/O. Pass what you need in as an argument.',
}));

export default defineConfig(
  {
    ignores: ['dist/', 'release/', 'node_modules/', 'test-results/', 'coverage/', 'bench/out/', 'tests/fixtures/lint/', 'tests/fixtures/security/'],
  },
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: SOURCE,
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: globals.node },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': 'off',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  {
    ...reactHooks.configs.flat.recommended,
    files: ['renderer/**/*.{ts,tsx}', 'tests/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
  },

  // --- Layer boundaries (docs/architecture.md) ---------------------------------------------
  {
    files: SOURCE,
    ignores: [...ONLY_ELECTRON_MAY, 'renderer/**', 'shared/**'],
    rules: { 'no-restricted-imports': restrictImports(ELECTRON_PACKAGE) },
  },
  {
    // Tests of the Electron shell type their stand-ins with Electron's own types; a type-only
    // import vanishes at runtime, so tests (and only tests) may use one.
    files: ['tests/**/*.{ts,tsx}'],
    ignores: ['tests/renderer/**'],
    rules: {
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: ELECTRON_PACKAGE.paths.map((p) => ({ ...p, allowTypeImports: true })),
          patterns: ELECTRON_PACKAGE.patterns.map((p) => ({ ...p, allowTypeImports: true })),
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx,js}'],
    rules: {
      'no-restricted-imports': restrictImports(ELECTRON_PACKAGE, NODE_BUILTINS, { patterns: [MAIN_SIDE_CODE] }),
    },
  },
  {
    files: ['shared/**/*.{ts,tsx,js}'],
    languageOptions: { globals: globals.es2025 },
    rules: {
      'no-restricted-imports': restrictImports(ELECTRON_PACKAGE, NODE_BUILTINS, {
        patterns: [SHARED_TO_MAIN, RENDERER_CODE],
      }),
      'no-restricted-globals': ['error', ...SHARED_FORBIDDEN_GLOBALS],
    },
  },
);
