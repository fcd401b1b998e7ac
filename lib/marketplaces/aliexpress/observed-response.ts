import * as z from 'zod/mini';
import { WATCHED_APIS, type WatchedApi, watchedApiOf } from './mtop-apis';

/** One JSON response of the page's own APIs, as the observer saw it (or as a saved page embeds it). */
export interface ObservedApiResponse {
  api: WatchedApi;
  url: string;
  body: Record<string, unknown>;
  /** When it was observed: countdowns in the JSON count from here. */
  observedAt: number;
}

/** The mtop envelope; everything inside `data` is read by key names, loosely. */
const mtopEnvelopeSchema = z.looseObject({
  api: z.optional(z.string().check(z.maxLength(200))),
  ret: z.optional(z.array(z.string().check(z.maxLength(500))).check(z.maxLength(20))),
  data: z.record(z.string(), z.unknown()),
});

const JSONP = /^\s*[\w$.]+\s*\(([\s\S]*)\)\s*;?\s*$/;

/**
 * A relayed response text (JSON or JSONP) turned into an observed response, or null when it is
 * not a successful response of a watched API. Never throws.
 */
export function parseObservedResponse(url: string, text: string, observedAt: number): ObservedApiResponse | null {
  let json: unknown;
  try {
    json = JSON.parse(JSONP.exec(text)?.[1] ?? text);
  } catch {
    return null;
  }
  const envelope = mtopEnvelopeSchema.safeParse(json);
  if (!envelope.success) return null;
  const named = envelope.data.api?.toLowerCase();
  const api = watchedApiOf(url) ?? WATCHED_APIS.find((name) => name.toLowerCase() === named);
  if (!api) return null;
  if (envelope.data.ret && !envelope.data.ret.some((ret) => ret.startsWith('SUCCESS'))) return null;
  return { api, url, body: envelope.data, observedAt };
}

/**
 * Responses a saved page carries inline: a `<script>` that runs the JSONP callback
 * (`mtopjsonp3({"api":"mtop.ae.ld.querydetail",…})`) or assigns such an object.
 */
export function embeddedApiResponses(document: Document, url: string, now: number): ObservedApiResponse[] {
  const found: ObservedApiResponse[] = [];
  for (const script of document.querySelectorAll('script:not([src])')) {
    const text = script.textContent ?? '';
    if (!/["']api["']\s*:\s*["']mtop\./.test(text)) continue;
    const start = text.indexOf('{');
    const end = text.lastIndexOf('}');
    if (start < 0 || end <= start) continue;
    const response = parseObservedResponse(url, text.slice(start, end + 1), now);
    if (response) found.push(response);
  }
  return found;
}
