import path from 'node:path';
import { type Browser, test as base, chromium, expect, type Page } from '@playwright/test';
import { build } from 'esbuild';
import { CHROMIUM_ARGS, chromiumExecutable } from './chromium';

/**
 * A blank https page in plain Chromium (no extension) with lib/evidence bundled in as
 * `globalThis.evidenceHarness`: browser-only code (canvas, <video>, Web Crypto) runs for real without
 * an extension entrypoint. The origin is served by routing, so it is a secure context, and every
 * other request is aborted and recorded: the tests fail if anything tries to leave the machine.
 */
export const HARNESS_ORIGIN = 'https://evidence-harness.test';
const ENTRY = path.resolve(import.meta.dirname, 'evidence-harness/entry.ts');

let bundled: Promise<string> | undefined;

/** The harness bundle, built once per worker. */
export function evidenceBundle(): Promise<string> {
  bundled ??= build({
    entryPoints: [ENTRY],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'evidenceHarness',
    target: 'chrome120',
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0]?.text ?? '');
  return bundled;
}

export const test = base.extend<{ harness: Page; strayRequests: string[] }, { browser: Browser }>({
  browser: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright requires the destructuring form.
    async ({}, use) => {
      const browser = await chromium.launch({
        executablePath: chromiumExecutable(),
        headless: true,
        args: ['--headless=new', ...CHROMIUM_ARGS],
      });
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],
  // biome-ignore lint/correctness/noEmptyPattern: Playwright requires the destructuring form.
  strayRequests: async ({}, use) => use([]),
  harness: async ({ browser, strayRequests }, use) => {
    const context = await browser.newContext();
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
      if (url.startsWith(`${HARNESS_ORIGIN}/`)) {
        return route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>evidence harness</title>' });
      }
      strayRequests.push(url);
      return route.abort('blockedbyclient');
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(`${HARNESS_ORIGIN}/`);
    await page.addScriptTag({ content: await evidenceBundle() });
    await use(page);
    await context.close();
    expect(errors, 'errors thrown in the page').toEqual([]);
    expect(strayRequests, 'requests that tried to leave the machine').toEqual([]);
  },
});

export { expect };
