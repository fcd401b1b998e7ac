import type { ResponseOf } from '../messaging/protocol';
import { sendMessage } from '../messaging/send';
import { dataUrlToBlob } from './data-url-to-blob';
import { screenshotName } from './screenshot-name';

export type TabScreenshot =
  | { ok: true; blob: Blob; name: string; caption: string }
  | { ok: false; reason: Extract<ResponseOf<'captureTab'>, { ok: false }>['reason']; message: string };

/** Asks the background for a screenshot of the AliExpress tab (activeTab) and names it for the evidence list. */
export async function captureTabScreenshot(tabId: number, timeZone: string): Promise<TabScreenshot> {
  const reply = await sendMessage('captureTab', { tabId });
  if (!reply.ok) return reply;
  const blob = dataUrlToBlob(reply.dataUrl);
  if (!blob) return { ok: false, reason: 'capture-failed', message: 'The screenshot could not be read.' };
  return {
    ok: true,
    blob,
    name: screenshotName(reply.url, Date.now(), timeZone),
    caption: screenshotCaption(reply.title, reply.url),
  };
}

/** A first caption the buyer can keep or change: the page's title, else its address. */
export function screenshotCaption(title: string, url: string): string {
  const page = title.trim() || url;
  return page ? `Screenshot of the AliExpress page “${page.slice(0, 200)}”` : 'Screenshot of the AliExpress page';
}
