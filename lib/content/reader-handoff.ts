import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * The order pages' content script comes in two parts (docs/PERFORMANCE.md, "Reader first"): a loader of a few
 * KB that the browser evaluates on every AliExpress page at document_idle, and the reader it imports only
 * after the page's load event and an idle moment, from a web-accessible file (at a per-session URL in
 * Chrome: `use_dynamic_url`). The reader runs in the same isolated world as the loader and hands its start
 * function over on this global of that world; the page's own scripts cannot see or set it.
 */
export const READER_FILE = '/aliexpress-reader.js';
export const READER_GLOBAL = '__buyerGuardStartReader';

export type StartReader = (ctx: ContentScriptContext) => void;
