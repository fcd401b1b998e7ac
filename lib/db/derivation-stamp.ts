import type { Settings } from '../model/settings';

/**
 * A short fingerprint of a text: two 32-bit multiply-xorshift hashes run side by side over its UTF-16
 * code units (the cyrb53 construction by bryc, public domain), as 16 hex digits. Not cryptographic: it
 * only tells "the same derivation inputs as last time" from "something changed", where a stamp of
 * SHA-256 over 10,000 orders would cost more than the derivation it saves.
 */
export function textStamp(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ unit, 2654435761);
    h2 = Math.imul(h2 ^ unit, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0');
}

/**
 * The part of a stamp every order shares: the settings, the time zone and the version of the code
 * (its rules) a derivation used.
 */
export function contextStamp(settings: Settings, timeZone: string, codeVersion: string): string {
  return textStamp(JSON.stringify([settings, timeZone, codeVersion]));
}

/**
 * Everything an order's derivation reads, stamped: the order, its journal and problem (the facts), and
 * the context stamp. `now` is not in it: what time changes is told by the row's staleAt.
 */
export function derivationStamp(
  facts: { order: unknown; journal: readonly { id: string }[]; problem?: unknown },
  context: string,
): string {
  // The same entries give the same stamp in whatever order they were read: by their ids (an ingest
  // appends the page's new entries, IndexedDB returns them by id).
  const journal = [...facts.journal].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return `${textStamp(JSON.stringify([facts.order, journal, facts.problem ?? null]))}.${context}`;
}

/** Whether a derivation stamp was made in this context (the settings, zone and code of contextStamp). */
export function stampedInContext(stamp: string | undefined, context: string): boolean {
  return stamp !== undefined && stamp.slice(stamp.indexOf('.') + 1) === context;
}
