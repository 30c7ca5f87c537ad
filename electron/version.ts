// Kept in step with package.json by tests/unit/version.test.ts; no JSON import so the
// bundled main process does not carry package.json.
export const APP_VERSION = '0.1.0';
