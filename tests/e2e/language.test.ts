import { afterEach, describe, expect, it } from 'vitest';
import {
  UI_WAIT,
  completeSetup,
  screenshot,
  seriousA11yViolations,
  startApp,
  waitReady,
  type E2eApp,
} from '../helpers/e2e';

let app: E2eApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('language switch', () => {
  it('switches to English at once and remembers it after a reload and a restart', async () => {
    app = await startApp();
    await completeSetup(app.page);
    const page = app.page;
    await page.getByRole('link', { name: 'Pengaturan' }).click();
    await page.getByTestId('area-settings').waitFor();

    await page.getByTestId('language-switch').selectOption('en');
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    expect(await page.getByRole('link', { name: 'Competency Dictionary' }).count()).toBe(1);
    // <html lang> follows the language in an effect, after the English screen has rendered.
    await expect.poll(() => page.evaluate(() => document.documentElement.lang), UI_WAIT).toBe('en');

    await page.reload();
    await waitReady(page);
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    expect(await page.getByRole('link', { name: 'Home' }).count()).toBe(1);
    await screenshot(page, 'settings-en');
    expect(await seriousA11yViolations(page), 'axe in English').toEqual([]);

    await app.restart();
    const second = await app.openContext();
    expect(await second.getByRole('heading', { level: 1 }).textContent()).toBe('Sign in');
    expect(app.problems).toEqual([]);
  });
});
