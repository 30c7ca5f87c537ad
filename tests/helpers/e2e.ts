import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { openAppDatabase } from '../../electron/db/app-db';
import type { Db } from '../../electron/db/connection';
import { buildRegistry } from '../../electron/handlers';
import { startBridge, type Bridge } from '../../electron/web/server';

export const CHROMIUM = process.env.ASESA_CHROMIUM ?? '/usr/bin/chromium';
export const STATIC_DIR = path.resolve('dist/renderer');
export const SCREENSHOT_DIR = path.resolve('test-results/screenshots');

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Fails loudly (never skips) when the browser or the built renderer is missing. */
function assertPrerequisites(): void {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}. The e2e tests need it: run \`apt-get install chromium\` ` +
        '(Debian/Ubuntu) or point ASESA_CHROMIUM at a Chromium/Chrome binary.',
    );
  }
  if (!fs.existsSync(path.join(STATIC_DIR, 'index.html'))) {
    throw new Error(`${STATIC_DIR}/index.html is missing: run \`vite build\` first (npm run test:e2e does).`);
  }
}

export interface E2eApp {
  bridge: Bridge;
  db: Db;
  browser: Browser;
  /** The first browser context's page, already showing the app. */
  page: Page;
  /** Uncaught page errors and console errors (CSP violations show up here). */
  problems: string[];
  /** A further, separate browser context (own cookies, own session) on the app. */
  openContext(): Promise<Page>;
  /** Stops the bridge and the database and starts them again on the same file; pages re-open the new URL. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Options for `expect.poll` on page state: vitest's default timeout (1 s) is too short on a
 * loaded 2-core CI machine, so a poll waits as long as a locator does (page default, 10 s).
 */
export const UI_WAIT = { timeout: 10_000 } as const;

/** Resolves once the app has answered app.status and rendered a screen. */
export async function waitReady(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
}

async function openPage(context: BrowserContext, url: string, problems: string[]): Promise<Page> {
  const page = await context.newPage();
  // Fail fast with a clear locator message rather than at the test's own timeout.
  page.setDefaultTimeout(10_000);
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  await page.goto(url);
  await waitReady(page);
  return page;
}

/**
 * One isolated app per test: a temporary folder with its own SQLite file, the loopback bridge
 * in-process over the real handler table, and a fresh Chromium (its own temporary profile).
 */
export async function startApp(): Promise<E2eApp> {
  assertPrerequisites();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'asesa-e2e-'));
  const file = path.join(dir, 'asesa.db');
  const problems: string[] = [];
  // Unexpected main-side failures (INTERNAL) are collected with the page's errors.
  const logMain = (e: unknown) => problems.push(`main: ${e instanceof Error ? e.stack : String(e)}`);
  let db = openAppDatabase(file).db;
  let bridge = await startBridge({ registry: buildRegistry(db, logMain), staticDir: STATIC_DIR });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  const contexts: BrowserContext[] = [];

  const newContext = async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'id-ID' });
    contexts.push(context);
    return context;
  };

  const page = await openPage(await newContext(), bridge.url, problems);

  const app: E2eApp = {
    get bridge() {
      return bridge;
    },
    get db() {
      return db;
    },
    browser,
    page,
    problems,
    openContext: async () => openPage(await newContext(), bridge.url, problems),
    async restart() {
      await bridge.close();
      db.close();
      db = openAppDatabase(file).db;
      bridge = await startBridge({ registry: buildRegistry(db, logMain), staticDir: STATIC_DIR });
    },
    async close() {
      for (const c of contexts) await c.close().catch(() => undefined);
      await browser.close().catch(() => undefined);
      await bridge.close();
      if (db.open) db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
  return app;
}

/** Runs axe on the page and returns the serious and critical violations, one line each. */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => {
      const where = v.nodes
        .slice(0, 5)
        .map(
          (n) =>
            `${n.target.join(' ')} ${n.html.slice(0, 120)} (${(n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 200)})`,
        );
      return `${v.impact} ${v.id}: ${v.help} — ${where.join('; ')}`;
    });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

export const ADMIN = { username: 'admin.kaltim', displayName: 'Siti Rahmawati', password: 'rahasia-kantor-2026' };
export const OFFICE = {
  name: 'BPSDM Provinsi Kalimantan Timur',
  code: 'BPSDM-KALTIM',
  province: 'Kalimantan Timur',
  agency: 'Pemerintah Provinsi Kalimantan Timur',
};

/** Fills and submits the first-run form (labels in Indonesian, the default language). */
export async function completeSetup(page: Page): Promise<void> {
  await page.getByLabel('Nama kantor').fill(OFFICE.name);
  await page.getByLabel('Kode kantor').fill(OFFICE.code);
  await page.getByLabel('Provinsi').fill(OFFICE.province);
  await page.getByLabel('Instansi').fill(OFFICE.agency);
  await page.getByLabel('Nama pengguna').fill(ADMIN.username);
  await page.getByLabel('Nama lengkap').fill(ADMIN.displayName);
  await page.getByRole('textbox', { name: 'Kata sandi', exact: true }).fill(ADMIN.password);
  await page.getByLabel('Ulangi kata sandi').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Simpan dan mulai' }).click();
  await page.getByTestId('area-home').waitFor();
}

export async function login(page: Page, username: string, password: string): Promise<void> {
  await page.getByLabel('Nama pengguna').fill(username);
  await page.getByRole('textbox', { name: 'Kata sandi', exact: true }).fill(password);
  await page.getByRole('button', { name: 'Masuk' }).click();
}

/**
 * A channel call through the page's own session on the bridge, as the renderer makes it; for
 * setting up what a test needs without clicking through it. Throws on a refusal.
 */
export async function pageCall<T = unknown>(page: Page, channel: string, input: unknown): Promise<T> {
  const reply = await page.evaluate(
    async ([name, body]) => {
      const res = await fetch(`api/${name}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
      return (await res.json()) as { ok: boolean; value?: unknown; error?: { message?: string } };
    },
    [channel, input] as const,
  );
  if (!reply.ok) throw new Error(`${channel}: ${reply.error?.message ?? JSON.stringify(reply.error)}`);
  return reply.value as T;
}
