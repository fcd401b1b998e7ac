import type { PageWords } from '../badges/order-badge';
import type { PageReading } from '../model/reading';

/**
 * A small notice in the page's corner when Buyer Guard could not read the page, or some of it: in plain
 * words, with "Save a report" (a file the buyer can read before sharing it; nothing is sent) and "Dismiss".
 * Its own host element and shadow root, apart from the badges; it acts only on the buyer's own clicks.
 */

export const NOTICE_HOST_TAG = 'buyer-guard-notice';

/**
 * What the notice says: the page was not read at all, or some of it stayed unread. The words themselves come
 * from the background, in the buyer's language, with its answer to the page's reading (PageWords.notice):
 * the content script carries no catalog.
 */
export type NoticeKind = 'notRead' | 'partlyRead';

export type NoticeWords = PageWords['notice'];

/** What the notice says about a reading with gaps. */
export function noticeKind(reading: PageReading): NoticeKind {
  return reading.ok ? 'partlyRead' : 'notRead';
}

const HOST_STYLE =
  'all:initial!important;position:fixed!important;right:16px!important;bottom:16px!important;' +
  'z-index:2147483647!important;display:block!important;';

const CSS = `:host{all:initial}
.notice{box-sizing:border-box;max-width:340px;padding:12px 14px;border-radius:10px;background:#fff;color:#1f2328;
border:1px solid #d0d7de;box-shadow:0 6px 24px rgba(0,0,0,.18);font:13px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
.notice p{margin:0 0 6px}.notice .muted{color:#57606a;font-size:12px}
.actions{display:flex;gap:8px;margin-top:8px}
button{font:inherit;border-radius:999px;padding:4px 12px;border:1px solid #8c959f;background:#fff;color:#1f2328;cursor:pointer}
button.primary{background:#0969da;border-color:#0969da;color:#fff}
button:focus-visible{outline:2px solid #0969da;outline-offset:2px}
@media (prefers-color-scheme:dark){.notice{background:#161b22;color:#e6edf3;border-color:#30363d}
.notice .muted{color:#8b949e}button{background:#21262d;color:#e6edf3;border-color:#30363d}}`;

export interface ReadingNotice {
  /** Shows the notice; until the background's words have come (setWords), it waits for them. */
  show(kind: NoticeKind, onSave: () => void): void;
  hide(): void;
  /** The background's words, in the buyer's language; a notice shown or waiting is written in them. */
  setWords(words: NoticeWords): void;
}

export function createReadingNotice(window: Window): ReadingNotice {
  const { document } = window;
  let host: HTMLElement | undefined;
  let words: NoticeWords | undefined;
  /** What is to be shown (or is shown): kept so the words can arrive, or change, after show. */
  let wanted: { kind: NoticeKind; onSave: () => void } | undefined;

  function remove() {
    host?.remove();
    host = undefined;
  }

  function hide() {
    wanted = undefined;
    remove();
  }

  function button(label: string, primary: boolean, onClick: () => void): HTMLButtonElement {
    const element = document.createElement('button');
    element.type = 'button';
    element.textContent = label;
    if (primary) element.className = 'primary';
    // A page script's synthetic click does nothing: only the buyer saves or dismisses.
    element.addEventListener('click', (event) => {
      event.stopPropagation();
      if (event.isTrusted) onClick();
    });
    return element;
  }

  function show(kind: NoticeKind, onSave: () => void) {
    wanted = { kind, onSave };
    draw();
  }

  function setWords(next: NoticeWords) {
    if (JSON.stringify(next) === JSON.stringify(words)) return;
    words = next;
    draw();
  }

  function draw() {
    remove();
    if (!wanted || !words) return;
    const { kind, onSave } = wanted;
    host = document.createElement(NOTICE_HOST_TAG);
    host.style.cssText = HOST_STYLE;
    // Open: the notice holds no private data (unlike the badges' advice); its buttons ignore synthetic clicks.
    const root = host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = CSS;
    const box = document.createElement('div');
    box.className = 'notice';
    box.setAttribute('role', 'status');
    const text = document.createElement('p');
    text.textContent = words[kind];
    const privacy = document.createElement('p');
    privacy.className = 'muted';
    privacy.textContent = words.privacy;
    const actions = document.createElement('div');
    actions.className = 'actions';
    actions.append(button(words.save, true, onSave), button(words.dismiss, false, hide));
    box.append(text, privacy, actions);
    root.append(style, box);
    document.documentElement.append(host);
  }

  return { show, hide, setWords };
}
