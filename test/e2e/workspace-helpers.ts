import path from 'node:path';
import { type BrowserContext, expect, type Page, type Worker } from '@playwright/test';
import { build } from 'esbuild';
import { SAMPLE_ORDER_LIST_URL } from '../fixtures/aliexpress/sample-site';
import { sendFromPage, uploadFromPage } from './extension-page';

/** The completed caliper order on the sample My Orders page. */
export const ORDER_ID = '8198765432105678';
export const SAMPLE_PAGE_TITLE = 'My Orders - AliExpress';
/** Flag that opens the CDP Extensions domain (triggerAction) to Playwright's pipe connection. Tests only. */
export const EXTENSION_DEBUGGING = '--enable-unsafe-extension-debugging';

let bundled: Promise<string> | undefined;

/** Puts the scene painters (canvas pictures: sharp, dark, noisy) into a page as `workspaceScenes`. */
export async function injectScenes(page: Page): Promise<void> {
  bundled ??= build({
    entryPoints: [path.resolve(import.meta.dirname, 'workspace-scenes.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'workspaceScenes',
    target: 'chrome120',
    // Playwright evaluates the text inside a function, so the global is set explicitly.
    footer: { js: 'globalThis.workspaceScenes = workspaceScenes;' },
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0]?.text ?? '');
  // CDP evaluation is not subject to the extension page's CSP; the product never runs this.
  await page.evaluate(await bundled);
}

const DAY = 24 * 60 * 60 * 1000;

/** For expectations that wait on pictures being decoded, measured or captured: seconds on a busy machine. */
export const MEASURED = { timeout: 15_000 };

/**
 * Stores the sample page's caliper order (delivered, buyer protection running) through the
 * importBackup message, as the options page would; `page` is any extension page.
 */
export async function seedOrder(page: Page): Promise<void> {
  const now = Date.now();
  const order = {
    marketplace: 'aliexpress',
    orderId: ORDER_ID,
    orderedOn: '2026-10-12',
    status: 'delivered',
    statusText: 'Awaiting confirmation',
    store: { name: 'Precision Tools Store' },
    items: [
      { title: 'Digital Caliper 150mm Stainless Steel', quantity: 1, unitPrice: { amount: 12.49, currency: 'USD' } },
    ],
    total: { amount: 12.49, currency: 'USD' },
    timers: [{ kind: 'buyer-protection-ends', endsAt: now + 9 * DAY, raw: 'Buyer protection: 9 days' }],
  };
  const backup = JSON.stringify({
    format: 'buyer-guard-backup',
    formatVersion: 1,
    exportedAt: now,
    appVersion: '0.1.0',
    data: {
      orders: [{ order, firstSeenAt: now, lastSeenAt: now, updatedAt: now }],
      history: [],
      cases: [],
      journal: [],
      evidence: [],
    },
  });
  const reply = await sendFromPage(page, 'importBackup', {
    uploadId: await uploadFromPage(page, backup),
    mode: 'merge',
  });
  if (!reply.ok) throw new Error(`seeding failed: ${JSON.stringify(reply)}`);
}

/** Opens the sample My Orders page (an AliExpress tab to capture). */
export async function openSampleOrders(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(SAMPLE_ORDER_LIST_URL);
  return page;
}

export function workspaceUrl(extensionId: string, tabId?: number): string {
  const tab = tabId === undefined ? '' : `&tab=${tabId}`;
  return `chrome-extension://${extensionId}/evidence.html?order=${ORDER_ID}${tab}`;
}

/** The extension's `tabs.Tab` id of the tab showing `url` (visible to the extension only with a grant) or by title. */
export async function chromeTabIds(serviceWorker: Worker): Promise<{ id: number; url?: string; title?: string }[]> {
  return serviceWorker.evaluate(() =>
    chrome.tabs.query({}).then((tabs) => tabs.map((tab) => ({ id: tab.id ?? -1, url: tab.url, title: tab.title }))),
  );
}

/**
 * Clicks the toolbar icon on `page` the way a buyer does, through CDP's Extensions.triggerAction on
 * the page's tab target (needs EXTENSION_DEBUGGING). That grants activeTab for the tab (and opens
 * the popup, which Playwright does not list as a page). Returns the tab's id as the extension sees it.
 */
export async function clickToolbarIcon(
  context: BrowserContext,
  extensionId: string,
  serviceWorker: Worker,
  page: Page,
): Promise<number> {
  const browser = context.browser();
  if (!browser) throw new Error('no browser for a CDP session');
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] })) as {
      targetInfos: { targetId: string; url: string }[];
    };
    const tab = targetInfos.find((target) => target.url === page.url());
    if (!tab) throw new Error(`no tab target for ${page.url()}`);
    await cdp.send('Extensions.triggerAction' as never, { id: extensionId, targetId: tab.targetId } as never);
  } finally {
    await cdp.detach();
  }
  const granted = (await chromeTabIds(serviceWorker)).find((tab) => tab.url === page.url());
  if (!granted) throw new Error('the toolbar click granted no access to the tab');
  return granted.id;
}

export interface TestPicture {
  name: string;
  /** 'scene' draws the product-photo stand-in; 'noise' an incompressible PNG; 'video' a 2 s MP4; 'bytes' zeros. */
  paint: 'scene' | 'noise' | 'video' | 'bytes';
  /** Grey level 0…255 of a video's background. */
  level?: number;
  width?: number;
  height?: number;
  darken?: number;
  type?: string;
  size?: number;
}

/**
 * Drops files on the workspace's drop zone the way a file manager does: a DataTransfer with File
 * objects, through dragenter, dragover and drop. The pictures are painted in the page.
 */
export async function dropPictures(page: Page, pictures: TestPicture[]): Promise<void> {
  await injectScenes(page);
  await page.evaluate(async (specs) => {
    const transfer = new DataTransfer();
    for (const spec of specs) {
      const type = spec.type ?? 'image/jpeg';
      let blob: Blob;
      if (spec.paint === 'scene') {
        blob = await workspaceScenes.sceneBlob({
          width: spec.width ?? 1600,
          height: spec.height ?? 1200,
          darken: spec.darken,
          type,
        });
      } else if (spec.paint === 'noise') {
        blob = await workspaceScenes.noisePng(spec.width ?? 1600, spec.height ?? 1200);
      } else if (spec.paint === 'video') {
        const size = { width: spec.width ?? 640, height: spec.height ?? 480 };
        blob = await workspaceScenes.encodeVideo({ ...size, seconds: 2, level: spec.level ?? 140, container: 'mp4' });
      } else {
        blob = new Blob([new Uint8Array(spec.size ?? 1)], { type });
      }
      transfer.items.add(new File([blob], spec.name, { type: blob.type || type }));
    }
    const zone = document.querySelector('[data-testid="dropzone"]');
    if (!zone) throw new Error('no drop zone');
    for (const name of ['dragenter', 'dragover', 'drop']) {
      zone.dispatchEvent(new DragEvent(name, { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }
  }, pictures);
}

/** Paints one picture in the page and returns its bytes, for the file picker (setInputFiles). */
export async function paintPicture(
  page: Page,
  picture: TestPicture,
): Promise<{ name: string; mimeType: string; buffer: Buffer }> {
  await injectScenes(page);
  const { base64, type } = await page.evaluate(async (spec) => {
    const blob =
      spec.paint === 'noise'
        ? await workspaceScenes.noisePng(spec.width ?? 1600, spec.height ?? 1200)
        : await workspaceScenes.sceneBlob({
            width: spec.width ?? 1600,
            height: spec.height ?? 1200,
            darken: spec.darken,
            type: spec.type ?? 'image/jpeg',
          });
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return { base64: btoa(binary), type: blob.type };
  }, picture);
  return { name: picture.name, mimeType: type, buffer: Buffer.from(base64, 'base64') };
}

export interface StoredEvidence {
  id: string;
  name: string;
  kind: string;
  type: string;
  size: number;
  sha256: string;
  caption: string;
  checklistItemIds: string[];
  warnings: string[];
}

/** The evidence rows as IndexedDB holds them (what was really stored, not what the page shows), oldest first. */
export function storedEvidence(page: Page): Promise<StoredEvidence[]> {
  return page.evaluate(
    () =>
      new Promise<StoredEvidence[]>((resolve, reject) => {
        const open = indexedDB.open('buyer-guard');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction('evidence').objectStore('evidence').getAll();
          request.onsuccess = () => {
            const rows = (request.result as (StoredEvidence & { addedAt: number; blob: Blob })[])
              .sort((a, b) => a.addedAt - b.addedAt)
              .map(({ blob: _blob, addedAt: _at, ...meta }) => meta);
            resolve(rows);
            db.close();
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

/** The extension's id for the tab `open` creates (found as the one new id: without a grant the URL is hidden). */
export async function openTabWithId(
  serviceWorker: Worker,
  open: () => Promise<Page>,
): Promise<{ page: Page; tabId: number }> {
  const before = new Set((await chromeTabIds(serviceWorker)).map((tab) => tab.id));
  const page = await open();
  const created = (await chromeTabIds(serviceWorker)).filter((tab) => !before.has(tab.id));
  if (created.length !== 1 || !created[0]) throw new Error(`expected one new tab, found ${created.length}`);
  return { page, tabId: created[0].id };
}

/** Paints the whole page one colour, so a screenshot of it can be told from any other tab. */
export async function paintPage(page: Page, colour: string): Promise<void> {
  await page.evaluate((background) => {
    document.documentElement.style.background = background;
    document.body.style.visibility = 'hidden';
  }, colour);
}

/** Size and the colour at the centre of the pending screenshot's preview (decoded from its blob URL). */
export async function pendingScreenshotLook(page: Page): Promise<{ width: number; height: number; centre: number[] }> {
  const preview = page.locator('li.card.pending img').first();
  await expect(preview).toBeVisible(MEASURED);
  return preview.evaluate(async (img: HTMLImageElement) => {
    await img.decode();
    const canvas = new OffscreenCanvas(img.naturalWidth, img.naturalHeight);
    const context = canvas.getContext('2d');
    context?.drawImage(img, 0, 0);
    const centre = context?.getImageData(img.naturalWidth >> 1, img.naturalHeight >> 1, 1, 1).data ?? [];
    return { width: img.naturalWidth, height: img.naturalHeight, centre: [...centre].slice(0, 3) };
  });
}
