import { type Translator, translatorFor } from '../i18n/translator';
import type { ResponseOf } from '../messaging/protocol';
import { sendMessage } from '../messaging/send';
import { dataUrlToBlob } from './data-url-to-blob';
import { screenshotName } from './screenshot-name';

/** Why no screenshot came: the page words it in the buyer's language (`workspace.capture.<reason>`). */
export type TabScreenshotRefusal = Extract<ResponseOf<'captureTab'>, { ok: false }>['reason'];

export type TabScreenshot =
  | { ok: true; blob: Blob; name: string; caption: string }
  | { ok: false; reason: TabScreenshotRefusal };

/**
 * Asks the background for a screenshot of the AliExpress tab (activeTab) and names it for the evidence
 * list, with a first caption in the buyer's language.
 */
export async function captureTabScreenshot(
  tabId: number,
  timeZone: string,
  words: Translator = translatorFor(),
): Promise<TabScreenshot> {
  const reply = await sendMessage('captureTab', { tabId });
  if (!reply.ok) return { ok: false, reason: reply.reason };
  const blob = dataUrlToBlob(reply.dataUrl);
  if (!blob) return { ok: false, reason: 'capture-failed' };
  return {
    ok: true,
    blob,
    name: screenshotName(reply.url, Date.now(), timeZone),
    caption: screenshotCaption(reply.title, reply.url, words),
  };
}

/** A first caption the buyer can keep or change: the page's title, else its address. */
export function screenshotCaption(title: string, url: string, words: Translator = translatorFor()): string {
  const page = title.trim() || url;
  return page
    ? words.t('workspace.capture.captionTitled', { page: page.slice(0, 200) })
    : words.t('workspace.capture.caption');
}
