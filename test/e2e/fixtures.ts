import { type BrowserContext, test as base, expect, type Page, type Worker } from '@playwright/test';
import { launchExtension } from './launch';

interface ExtensionFixtures {
  /** Extra Chromium flags for one file's tests: `test.use({ chromiumArgs: [...] })`. */
  chromiumArgs: string[];
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  strayRequests: string[];
  /** Opens an extension page (popup.html, options.html, …) in a new tab. */
  openExtensionPage: (file: string) => Promise<Page>;
}

/**
 * Every test gets a fresh profile with the built extension loaded and the network closed.
 * A request that leaves the machine fails the test after it ran.
 */
export const test = base.extend<ExtensionFixtures & { launched: Awaited<ReturnType<typeof launchExtension>> }>({
  chromiumArgs: [[], { option: true }],
  launched: async ({ chromiumArgs }, use) => {
    const launched = await launchExtension({ args: chromiumArgs });
    await use(launched);
    await launched.context.close();
    expect(launched.strayRequests, 'requests that tried to leave the machine').toEqual([]);
  },
  context: async ({ launched }, use) => use(launched.context),
  extensionId: async ({ launched }, use) => use(launched.extensionId),
  serviceWorker: async ({ launched }, use) => use(launched.serviceWorker),
  strayRequests: async ({ launched }, use) => use(launched.strayRequests),
  openExtensionPage: async ({ context, extensionId }, use) => {
    await use(async (file) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${file}`);
      return page;
    });
  },
});

export { expect };
