import { afterEach, describe, expect, it } from 'vitest';
import { startApp, type E2eApp } from '../helpers/e2e';

let app: E2eApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/**
 * Issue 8: the CSP in renderer/index.html blocks inline scripts, in a real Chromium. Injected
 * markup (say, a participant name containing <script>) could never run.
 */
describe('content security policy (real Chromium)', () => {
  it('blocks an inline script and an inline event handler, and reports the violation', async () => {
    app = await startApp();
    const result = await app.page.evaluate(async () => {
      const w = window as unknown as { __inlineRan?: boolean; __handlerRan?: boolean };
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true;';
      document.head.appendChild(script);
      const img = document.createElement('img');
      img.setAttribute('onerror', 'window.__handlerRan = true');
      // The listener is added by script, so it runs; the inline attribute beside it must not.
      const failed = new Promise((r) => img.addEventListener('error', r));
      img.src = 'data:image/png;base64,AAAA';
      document.body.appendChild(img);
      await failed;
      return { inlineRan: w.__inlineRan === true, handlerRan: w.__handlerRan === true, violations };
    });
    expect(result.inlineRan).toBe(false);
    expect(result.handlerRan).toBe(false);
    expect(result.violations.some((v) => v.startsWith('script-src'))).toBe(true);
  });
});
