import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { completeSetup, startApp, type E2eApp } from '../helpers/e2e';

let app: E2eApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** The script files the page has fetched so far, by file name (e.g. "DictionaryScreen-Ab12.js"). */
async function scriptsLoaded(page: Page): Promise<string[]> {
  const urls = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
  return urls.filter((u) => new URL(u).pathname.endsWith('.js')).map((u) => new URL(u).pathname.split('/').pop()!);
}

/**
 * Each area's screen is its own chunk, fetched on first visit: the first-run and login screens
 * load only the entry file. The chunks are dynamic imports of same-origin files, which the
 * bridge must serve as JavaScript and the CSP (script-src 'self') must allow.
 */
describe('code splitting (real Chromium over the loopback bridge)', () => {
  it('loads only the entry on the first screen, then the shell, Beranda and each area as it is opened', async () => {
    app = await startApp();
    const page = app.page;
    await page.getByLabel('Nama kantor').waitFor();
    const first = await scriptsLoaded(page);
    expect(first).toHaveLength(1);
    expect(first[0]).toMatch(/^index-.+\.js$/);

    await completeSetup(page);
    const signedIn = await scriptsLoaded(page);
    expect(signedIn.some((f) => f.startsWith('SignedIn-'))).toBe(true);
    expect(signedIn.some((f) => f.startsWith('HomeScreen-'))).toBe(true);
    expect(signedIn.some((f) => f.startsWith('DictionaryScreen-'))).toBe(false);

    await page
      .getByRole('navigation', { name: 'Navigasi utama' })
      .getByRole('link', { name: 'Kamus Kompetensi' })
      .click();
    await page.getByTestId('competency-tree').waitFor();
    expect((await scriptsLoaded(page)).some((f) => f.startsWith('DictionaryScreen-'))).toBe(true);
    // No CSP violation, no failed chunk request, no page error on the way.
    expect(app.problems).toEqual([]);
  });
});
