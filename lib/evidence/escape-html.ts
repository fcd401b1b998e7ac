/**
 * Bidirectional embedding, override and isolate controls (LRE, RLE, PDF, LRO, RLO; LRI, RLI, FSI,
 * PDI). Invisible, they can make text display reversed ("invoice‮gpj.exe" shows as "invoiceexe.jpg").
 * The plain marks LRM/RLM and everything else that legitimate right-to-left text needs are kept.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
/** C0 controls and DEL except tab, line feed and carriage return: not allowed in HTML text. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point.
const INVISIBLE_CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Makes any text safe as HTML text or as a quoted attribute value: the five markup characters
 * become entities, control characters that HTML forbids are dropped, and bidi controls are shown
 * as a visible "[U+202E]" instead of silently reordering what the reader sees. Every piece of
 * text that came from a page, a file or the buyer goes through this before it is put in HTML.
 */
export function escapeHtml(text: string): string {
  return String(text)
    .replace(INVISIBLE_CONTROLS, '')
    .replace(/[&<>"']/g, (character) => ENTITIES[character] ?? character)
    .replace(BIDI_CONTROLS, (character) => `[U+${character.charCodeAt(0).toString(16).toUpperCase()}]`);
}
