import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect } from '@playwright/test';
import type { Order } from '../../lib/model/order';
import {
  HOSTILE_IDS,
  HOSTILE_URLS,
  hostileOrderDetailHtml,
  hostileOrderListHtml,
  hostileTrackingHtml,
} from '../fixtures/hostile/hostile-pages';
import type { BadgeProbe } from './badge-probe';
import { readRows } from './extension-page';
import { ROOT } from './launch';

/**
 * Serves the hostile pages at their AliExpress URLs (over the sample site). The `x` their own real
 * `<img src=x onerror=alert(1)>` elements load is served as a picture, so the page never fires them
 * itself: any dialog is one Buyer Guard caused.
 */
export async function serveHostileSite(context: BrowserContext): Promise<void> {
  const picture = await readFile(path.join(ROOT, 'public/icon/16.png'));
  await context.route(/^https:\/\/www\.aliexpress\.com\/p\/(order|tracking)\/x$/, (route) =>
    route.fulfill({ contentType: 'image/png', body: picture }),
  );
  const pages: [string, () => string][] = [
    [HOSTILE_URLS.list, hostileOrderListHtml],
    [HOSTILE_URLS.detail, hostileOrderDetailHtml],
    [HOSTILE_URLS.tracking, hostileTrackingHtml],
  ];
  for (const [url, html] of pages) {
    await context.route(
      (candidate) => candidate.href === url,
      (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html() }),
    );
  }
}

/** Every dialog (alert, confirm, prompt, beforeunload) any page of the context opens, dismissed. */
export function recordDialogs(context: BrowserContext): string[] {
  const dialogs: string[] = [];
  context.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()} on ${dialog.page()?.url()}`);
    void dialog.dismiss().catch(() => undefined);
  });
  return dialogs;
}

export const lastReading = (serviceWorker: Worker) =>
  serviceWorker.evaluate(async () => (await chrome.storage.session.get('lastReading')).lastReading ?? null);

/** Opens My Orders, the order's details and its tracking page, and waits until the background has each reading. */
export async function readHostileSite(context: BrowserContext, serviceWorker: Worker): Promise<Page> {
  await serveHostileSite(context);
  const page = await context.newPage();
  for (const [url, count] of [
    [HOSTILE_URLS.detail, 1],
    [HOSTILE_URLS.tracking, 1],
    [HOSTILE_URLS.list, 3],
  ] as const) {
    await page.goto(url);
    await expect
      .poll(() => lastReading(serviceWorker), { timeout: 15_000 })
      .toMatchObject({ url, ok: true, orderCount: count });
  }
  return page;
}

/** The orders as IndexedDB holds them (what was really stored), read from an extension page. */
export async function storedOrders(page: Page): Promise<Order[]> {
  return (await readRows<{ order: Order }>(page, 'orders')).map((row) => row.order);
}

export const hostileOrder = (orders: Order[], key: keyof typeof HOSTILE_IDS) =>
  orders.find((order) => order.orderId === HOSTILE_IDS[key]);

/**
 * Markup in `root` (a document or a shadow root, open shadow roots below included) that page text could
 * have become: event-handler attributes, scripts not from the extension, pictures, frames, javascript:
 * links. The extension's own module scripts and blob:/data: previews are not counted. Self-contained: it
 * runs in the page (page.evaluate, or on the badges' closed root through badge-probe.ts).
 */
function collectForeignMarkup(root: Document | ShadowRoot): string[] {
  const found: string[] = [];
  const ownOrigin = location.protocol === 'chrome-extension:' ? location.origin : '\u0000';
  const visit = (scope: Document | ShadowRoot) => {
    for (const element of scope.querySelectorAll('*')) {
      const tag = element.tagName.toLowerCase();
      for (const name of element.getAttributeNames()) {
        if (name.startsWith('on')) found.push(`${tag}[${name}]`);
      }
      const source = element.getAttribute('src') ?? '';
      const own = source.startsWith('/') || source.startsWith(ownOrigin);
      if (tag === 'script' && !own) found.push(`script ${source || '(inline)'}`);
      if (tag === 'img' && !/^(blob|data):/.test(source) && !own) found.push(`img ${source}`);
      if (['iframe', 'object', 'embed', 'frame'].includes(tag)) found.push(tag);
      const href = element.getAttribute('href') ?? '';
      if (/^\s*javascript:/i.test(href)) found.push(`${tag}[href=${href}]`);
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(root);
  return found;
}

/** Foreign markup (collectForeignMarkup) in a page's document. */
export function foreignMarkup(page: Page): Promise<string[]> {
  return page.evaluate<string[]>(`(${collectForeignMarkup.toString()})(document)`);
}

/** Foreign markup (collectForeignMarkup) in the badges' closed shadow root; "no badge layer" without one. */
export async function foreignMarkupInBadges(probe: BadgeProbe): Promise<string[]> {
  return (await probe.inLayer(collectForeignMarkup)) ?? ['no badge layer'];
}

/** Requests an extension page made that did not stay inside the extension (its files, blob: and data: URLs). */
export function recordOutsideRequests(page: Page): string[] {
  const outside: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!/^(chrome-extension|blob|data):/.test(url)) outside.push(url);
  });
  return outside;
}
