import * as z from 'zod/mini';
import { lazy } from '../../lazy';
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
const mtopEnvelopeSchema = lazy(() =>
  z.looseObject({
    api: z.optional(z.string().check(z.maxLength(200))),
    ret: z.optional(z.array(z.string().check(z.maxLength(500))).check(z.maxLength(20))),
    data: z.record(z.string(), z.unknown()),
  }),
);

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
  const envelope = mtopEnvelopeSchema().safeParse(json);
  if (!envelope.success) return null;
  const named = envelope.data.api?.toLowerCase();
  const api = watchedApiOf(url) ?? WATCHED_APIS.find((name) => name.toLowerCase() === named);
  if (!api) return null;
  if (envelope.data.ret && !envelope.data.ret.some((ret) => ret.startsWith('SUCCESS'))) return null;
  return { api, url, body: envelope.data, observedAt };
}

/**
 * Where a page keeps one of its responses inline, as its own state: a saved copy of the page keeps the
 * JSONP script the mtop client ran (`mtopjsonpN({…})`), or the order data assigned to a global before
 * the page's bundle reads it (`window.__ORDER_DETAIL_DATA__ = {…}`, as saved pages keep it). Only these,
 * in a script the browser runs, count: a JSON block, a template or any
 * other script holding an object with an `api` name is data anyone on the page can write, not a
 * response the page received. Even these only add detail to orders the page shows (order-id-shown.ts).
 */
const PAGE_STATE_SCRIPTS = [
  // mtopjsonp3({"api":"mtop.aliexpress.trade.buyer.order.list",…})
  /^\s*(?:window\.)?mtopjsonp\d+\s*\(\s*(\{[\s\S]*\})\s*\)\s*;?\s*$/,
  // window.__ORDER_DETAIL_DATA__ = {"api":"mtop.aliexpress.trade.buyer.order.detail",…};
  /^\s*(?:\/\/[^\n]*\n\s*)*window\.__ORDER_(?:LIST|DETAIL)_DATA__\s*=\s*(\{[\s\S]*\})\s*;?\s*$/,
];
/** Script types the browser runs (an absent or empty type is JavaScript too). */
const RUN_TYPES = new Set(['', 'text/javascript', 'application/javascript', 'module']);

/** Responses a page keeps inline as its own state (see PAGE_STATE_SCRIPTS); nothing from other scripts. */
export function embeddedApiResponses(document: Document, url: string, now: number): ObservedApiResponse[] {
  const found: ObservedApiResponse[] = [];
  for (const script of document.querySelectorAll('script:not([src])')) {
    if (!RUN_TYPES.has((script.getAttribute('type') ?? '').trim().toLowerCase())) continue;
    const text = script.textContent ?? '';
    if (!/["']api["']\s*:\s*["']mtop\./.test(text)) continue;
    const json = PAGE_STATE_SCRIPTS.map((pattern) => pattern.exec(text)?.[1]).find(Boolean);
    if (!json) continue;
    const response = parseObservedResponse(url, json, now);
    if (response) found.push(response);
  }
  return found;
}
