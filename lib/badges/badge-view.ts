import type { OrderBadge, PageWords } from './order-badge';

const SVG = 'http://www.w3.org/2000/svg';
/** A shield: the mark that says this badge is Buyer Guard's, not the marketplace's. */
const SHIELD = 'M8 1 2 3.5v4C2 11 4.6 14.1 8 15c3.4-.9 6-4 6-7.5v-4L8 1Z';

/** One order's badge and its panel. Every text goes in as text (textContent), never as markup. */
export interface BadgeView {
  orderId: string;
  /** Positioned over the page; holds the badge and, right after it, its panel (so Tab goes badge → panel). */
  slot: HTMLDivElement;
  button: HTMLButtonElement;
  panel: HTMLElement;
  /** The text the badge shows now (for skipping writes that change nothing). */
  shown: string;
  /** The answer the open panel was filled from ('' while closed). */
  filled: string;
}

/** Builds a badge's elements; `idPrefix` keeps ids unique inside the shadow root. */
export function createBadgeView(document: Document, orderId: string, idPrefix: string): BadgeView {
  const slot = document.createElement('div');
  slot.className = 'slot';
  slot.dataset.orderId = orderId;

  const button = document.createElement('button');
  button.type = 'button';
  button.setAttribute('aria-expanded', 'false');
  const panelId = `${idPrefix}panel-${orderId}`;
  button.setAttribute('aria-controls', panelId);
  const icon = document.createElementNS(SVG, 'svg');
  icon.setAttribute('viewBox', '0 0 16 16');
  icon.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', SHIELD);
  icon.append(path);
  const text = document.createElement('span');
  text.className = 'text';
  button.append(icon, text);

  const panel = document.createElement('section');
  panel.className = 'panel';
  panel.id = panelId;
  panel.hidden = true;
  panel.tabIndex = -1;
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-labelledby', `${idPrefix}title-${orderId}`);

  slot.append(button, panel);
  return { orderId, slot, button, panel, shown: '', filled: '' };
}

/** Writes the badge's words and colour class (the extension pages' chip classes). */
export function writeBadge(view: BadgeView, words: Pick<OrderBadge, 'urgency' | 'quiet' | 'text' | 'label'>): void {
  const key = `${words.urgency}|${words.text}|${words.label}`;
  if (view.shown === key) return;
  view.shown = key;
  view.button.className = `badge chip chip-${words.urgency}${words.quiet ? ' quiet' : ''}`;
  view.button.setAttribute('aria-label', words.label);
  const text = view.button.querySelector('.text');
  if (text) text.textContent = words.text;
}

export interface PanelHandlers {
  onOpenGuide: (event: MouseEvent) => void;
  onClose: (event: MouseEvent) => void;
}

/**
 * Fills the panel: the advisor's next step, why, the deadline's date and source, the facts behind the
 * step (tracking silent for weeks), and the button to the guide — all worded by the background. Filled
 * only while open and emptied on close, so the buyer's plan is not left in the page's DOM for its scripts
 * to read.
 */
export function fillPanel(
  view: BadgeView,
  badge: OrderBadge,
  words: Pick<PageWords, 'openGuide' | 'close'>,
  idPrefix: string,
  handlers: PanelHandlers,
): void {
  const document = view.panel.ownerDocument;
  const element = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = '') => {
    const node = document.createElement(tag);
    if (className) node.className = className;
    node.textContent = text;
    return node;
  };
  const { panel } = badge;
  const title = element('h2', '', panel.title);
  title.id = `${idPrefix}title-${view.orderId}`;
  const guide = element('button', 'primary', words.openGuide);
  guide.type = 'button';
  guide.addEventListener('click', handlers.onOpenGuide);
  const close = element('button', '', words.close);
  close.type = 'button';
  close.addEventListener('click', handlers.onClose);
  const actions = element('div', 'actions');
  actions.append(close, guide);
  const status = element('p', 'status error'); // i18n-exempt: class names
  status.setAttribute('role', 'status');
  view.panel.replaceChildren(
    element('p', 'brand', panel.brand),
    title,
    element('p', `detail chip-${badge.urgency}`, panel.detail),
    ...panel.facts.map((fact) => element('p', 'fact', fact)),
    element('p', 'why', panel.why),
    actions,
    status,
  );
}

/** A line under the panel's buttons (progress or a failure), as text. */
export function writePanelStatus(view: BadgeView, message: string): void {
  const status = view.panel.querySelector('.status');
  if (status) status.textContent = message;
}
