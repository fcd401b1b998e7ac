import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { type BrowserContext, chromium, type Page, type Route, type Worker } from '@playwright/test';
import { resolveSamplePage } from '../fixtures/aliexpress/sample-site';
import { assertLanguagePack, CHROMIUM_ARGS, chromiumExecutable } from './chromium';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = path.resolve(ROOT, process.env.BUYER_GUARD_EXTENSION_DIR ?? '.output/chrome-mv3');
const PLACEHOLDER_IMAGE = path.join(ROOT, 'public/icon/128.png');

export interface LaunchedExtension {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** Requests that tried to leave the machine; every test expects this to stay empty. */
  strayRequests: string[];
  /** The welcome page Buyer Guard opened on install (fresh profiles only), unless it was closed on launch. */
  welcome?: Page;
}

const WELCOME_WAIT_MS = 5_000;

/**
 * The welcome tab a fresh install opens (lib/background/welcome.ts). Waited for, so it never turns up in
 * the middle of a test that counts tabs or waits for the next one.
 */
async function welcomePage(context: BrowserContext, extensionId: string): Promise<Page | undefined> {
  const url = `chrome-extension://${extensionId}/welcome.html`;
  const deadline = Date.now() + WELCOME_WAIT_MS;
  while (Date.now() < deadline) {
    const page = context.pages().find((candidate) => candidate.url() === url);
    if (page) return page;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return undefined;
}

/**
 * Starts Chromium with the built extension in a fresh profile, with the network closed:
 * every request is aborted and recorded unless it is routed to a local fixture.
 */
export async function launchExtension(
  options: {
    headless?: boolean;
    /** Another build of the extension (the benchmark's copy). */
    extensionDir?: string;
    /** Test-only Chromium flags (e.g. --enable-unsafe-extension-debugging); never part of the product. */
    args?: readonly string[];
    /** A profile directory kept across launches (browser closed and reopened); a fresh temporary one by default. */
    userDataDir?: string;
    /** Keep the welcome tab a fresh install opens (closed by default, once it has opened). */
    keepWelcome?: boolean;
  } = {},
): Promise<LaunchedExtension> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}. Run "npm run build" first.`);
  }
  const headless = options.headless ?? true;
  // A browser in another language is one whose whole system speaks it: the UI flag alone left Chromium's
  // other language sources (its UI language, the pages' languages) in English, and which one the extension's
  // own _locales followed then varied from launch to launch.
  const lang = options.args?.find((arg) => arg.startsWith('--lang='))?.slice('--lang='.length);
  const executablePath = chromiumExecutable();
  if (lang) assertLanguagePack(executablePath, lang);
  const context = await chromium.launchPersistentContext(options.userDataDir ?? '', {
    executablePath,
    headless,
    ...(lang && { locale: lang, env: { ...process.env, LANGUAGE: lang } }),
    args: [
      ...(headless ? ['--headless=new'] : []),
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...CHROMIUM_ARGS,
      ...(options.args ?? []),
    ],
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(serviceWorker.url()).host;
  const strayRequests: string[] = [];
  await closeNetwork(context, `chrome-extension://${extensionId}/`, strayRequests);
  // Only an install opens it: a profile reopened (userDataDir) has none to wait for.
  const welcome = options.userDataDir === undefined ? await welcomePage(context, extensionId) : undefined;
  if (welcome && !options.keepWelcome) await welcome.close();
  return { context, extensionId, serviceWorker, strayRequests, ...(welcome && options.keepWelcome && { welcome }) };
}

/**
 * Playwright tries the most recently added route first, so the catch-all that aborts
 * goes in first and the marketplace routes after it.
 */
export async function closeNetwork(
  context: BrowserContext,
  ownOrigin: string | null,
  strayRequests: string[],
): Promise<void> {
  await context.route('**/*', (route) => {
    const url = route.request().url();
    // The extension's own files and inline data are local by definition; so is the reader a page imports at
    // the extension's per-session URL (chrome-extension://<session id>/, use_dynamic_url).
    const ownFile =
      ownOrigin !== null && (url.startsWith(ownOrigin) || /^chrome-extension:\/\/[0-9a-f-]{36}\//.test(url));
    if (ownFile || url.startsWith('data:') || url.startsWith('blob:')) {
      return route.continue();
    }
    strayRequests.push(url);
    return route.abort('blockedbyclient');
  });
  // Product images: the older alicdn.com and the current aliexpress-media.com image hosts.
  await context.route(/^https:\/\/[^/]*\.(alicdn|aliexpress-media)\.com\//, (route) => servePlaceholderImage(route));
  await context.route(/^https:\/\/([^/]+\.)?aliexpress\.(com|us)\//, (route) => serveSamplePage(route));
}

async function servePlaceholderImage(route: Route): Promise<void> {
  if (route.request().resourceType() !== 'image') return route.fulfill({ status: 404, body: '' });
  return route.fulfill({ contentType: 'image/png', body: await readFile(PLACEHOLDER_IMAGE) });
}

async function serveSamplePage(route: Route): Promise<void> {
  const file = resolveSamplePage(route.request().url());
  if (!file) return route.fulfill({ status: 404, contentType: 'text/html', body: '<h1>Not in the sample site</h1>' });
  return route.fulfill({ contentType: 'text/html; charset=utf-8', body: await readFile(file) });
}

/** Serves one fixture file at a marketplace URL for the rest of the context's life (overrides the sample site). */
export async function servePage(context: BrowserContext, url: string, fixtureFile: string): Promise<void> {
  const body = await readFile(path.resolve(ROOT, fixtureFile));
  await context.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body }));
}
