import { deadlineView } from '../format/deadline-format';
import type { MessageKey } from '../i18n/messages/en/index';
import { localeOfTag, type Translator, translatorFor } from '../i18n/translator';
import { marketplacePageUrl } from '../marketplaces/marketplace-url';
import type { Money } from '../model/money';
import type { Order } from '../model/order';
import type { EvidencePackInput, PackedFile } from './evidence-pack-input';
import { formatBytes } from './format-bytes';
import { formatInstant, usableTimeZone } from './format-instant';
import { html, SafeHtml } from './html-template';
import { isInertFile } from './media-type';

const MARKETPLACE_NAMES: Record<Order['marketplace'], string> = { aliexpress: 'AliExpress' };

/** The checksum commands of the footer: command lines, the same in every language. */
const HASH_COMMANDS = {
  linux: 'sha256sum', // i18n-exempt: a command name
  mac: 'shasum -a 256', // i18n-exempt: a command line
  windows: 'certutil -hashfile FILE SHA256', // i18n-exempt: a command line
} as const;

/**
 * The summary's words. It may be handed to the platform, so it is English (PLATFORM_TEXT_LANGUAGE);
 * headings and labels carry the buyer's language beside them when that is not English, so the buyer
 * reads it too.
 */
interface SummaryWords {
  en: Translator['t'];
  /** An English heading or label with the buyer's version beside it. */
  label(key: MessageKey): SafeHtml;
}

function summaryWords(locale: string | undefined): SummaryWords {
  const en = translatorFor('en');
  const buyer = translatorFor(localeOfTag(locale));
  return {
    en: en.t,
    label: (key) =>
      buyer.locale === 'en'
        ? html`${en.t(key)}`
        : // i18n-exempt: markup (an element and its lang attribute), no words
          html`${en.t(key)} <span class="tr" lang="${buyer.locale}">(${buyer.t(key)})</span>`,
  };
}

/**
 * summary.html of an evidence pack: one self-contained, printable page (inline CSS, no script, no
 * remote resource; a CSP meta tag forbids both should anything slip in) with the order's facts,
 * the deadline timeline, the journal, the composed texts and the file list with SHA-256 hashes.
 * Every value is escaped by the `html` template; only AliExpress's https URLs become links
 * (marketplace-url.ts).
 */
export function renderEvidenceSummary(input: EvidencePackInput, files: readonly PackedFile[]): string {
  const timeZone = usableTimeZone(input.timeZone);
  const when = (at: number) => formatInstant(at, timeZone);
  const words = summaryWords(input.locale);
  const { en } = words;
  const { order } = input;
  const marketplace = MARKETPLACE_NAMES[order.marketplace] ?? order.marketplace;
  const title = en('workspace.summary.title', { marketplace, orderId: order.orderId });
  const page = html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${new SafeHtml(STYLE)}</style>
</head>
<body>
<header>
<h1>${title}</h1>
<p class="meta">${en('workspace.summary.generated', { when: when(input.generatedAt), timeZone })}</p>
</header>
${orderSection(order, when, words)}
${deadlineSection(input, timeZone, words)}
${journalSection(input, when, words)}
${textsSection(input, words)}
${filesSection(files, when, words)}
<footer><p>${footer(en)}</p></footer>
</body>
</html>
`;
  return page.markup;
}

/** The footer: the sentence from the catalog, each command in <code> where the sentence places it. */
function footer(en: Translator['t']): SafeHtml {
  const names = Object.keys(HASH_COMMANDS) as (keyof typeof HASH_COMMANDS)[];
  const marks = Object.fromEntries(names.map((name) => [name, `@@${name}@@`]));
  const parts = en('workspace.summary.footer', marks).split(/@@(linux|mac|windows)@@/);
  // split() with a group: the commands' names sit at the odd places.
  return html`${parts.map((part, index) =>
    index % 2 === 1 ? html`<code>${HASH_COMMANDS[part as keyof typeof HASH_COMMANDS]}</code>` : part,
  )}`;
}

function orderSection(order: Order, when: (at: number) => string, { en, label }: SummaryWords): SafeHtml {
  const rows: [MessageKey, SafeHtml | string | undefined][] = [
    ['workspace.summary.orderNumber', order.orderId],
    ['workspace.summary.marketplace', MARKETPLACE_NAMES[order.marketplace] ?? order.marketplace],
    ['workspace.summary.orderedOn', order.orderedOn],
    ['workspace.summary.status', statusText(order, en)],
    ['workspace.summary.store', order.store ? linkOrText(order.store.url, order.store.name) : undefined],
    ['workspace.summary.total', order.total ? formatMoney(order.total) : undefined],
    ['workspace.summary.paid', localDateTime(order.paidOn)],
    ['workspace.summary.shipped', localDateTime(order.shippedOn)],
    ['workspace.summary.delivered', localDateTime(order.deliveredOn)],
    ['workspace.summary.confirmed', localDateTime(order.confirmedOn)],
    ['workspace.summary.tracking', trackingText(order)],
    ['workspace.summary.dispute', disputeText(order, en)],
    ['workspace.summary.orderPage', order.detailUrl ? linkOrText(order.detailUrl, order.detailUrl) : undefined],
  ];
  const items = order.items ?? [];
  const events = [...(order.tracking?.events ?? [])];
  return html`<section>
<h2>${label('workspace.summary.order')}</h2>
<table class="facts">
${rows.filter(([, value]) => value !== undefined && value !== '').map(([key, value]) => html`<tr><th scope="row">${label(key)}</th><td dir="auto">${value}</td></tr>\n`)}</table>
${
  items.length > 0 &&
  html`<h3>${label('workspace.summary.items')}</h3>
<table>
<thead><tr><th>${label('workspace.summary.item')}</th><th>${label('workspace.summary.variant')}</th><th class="num">${label('workspace.summary.quantity')}</th><th class="num">${label('workspace.summary.unitPrice')}</th></tr></thead>
<tbody>
${items.map(
  (item) =>
    html`<tr><td dir="auto">${linkOrText(item.productUrl, item.title)}</td><td dir="auto">${item.sku}</td><td class="num">${item.quantity}</td><td class="num">${item.unitPrice ? formatMoney(item.unitPrice) : ''}</td></tr>\n`,
)}</tbody>
</table>`
}
${
  events.length > 0 &&
  html`<h3>${label('workspace.summary.trackingEvents')}</h3>
<table>
<thead><tr><th>${label('workspace.summary.time')}</th><th>${label('workspace.summary.event')}</th><th>${label('workspace.summary.place')}</th></tr></thead>
<tbody>
${events.map(
  (event) =>
    html`<tr><td class="nowrap">${event.at !== undefined ? when(event.at) : localDateTime(event.time)}</td><td dir="auto">${event.description}</td><td dir="auto">${event.location}</td></tr>\n`,
)}</tbody>
</table>`
}
</section>`;
}

function deadlineSection(input: EvidencePackInput, timeZone: string, { en, label }: SummaryWords): SafeHtml {
  const deadlines = [...input.deadlines].sort((a, b) => a.dueAt - b.dueAt);
  return html`<section>
<h2>${label('workspace.summary.deadlines')}</h2>
${
  deadlines.length === 0
    ? html`<p class="empty">${en('workspace.summary.noDeadlines')}</p>`
    : html`<table>
<thead><tr><th>${label('workspace.summary.due')}</th><th>${label('workspace.summary.what')}</th><th>${label('workspace.summary.source')}</th><th>${label('workspace.summary.atGeneration')}</th></tr></thead>
<tbody>
${deadlines.map((deadline) => {
  // The one deadline formatter, as every other view: a whole day stays a day. English like the rest of
  // the summary, which may be handed to the platform (PLATFORM_TEXT_LANGUAGE).
  const view = deadlineView(deadline, input.generatedAt, { timeZone, locale: 'en-US' });
  return html`<tr><td class="nowrap">${view.when}</td><td>${view.name}</td><td>${view.source}${deadline.source === 'estimate' ? html` <span class="rule">(${deadline.ruleId})</span>` : ''}</td><td>${view.left}</td></tr>\n`;
})}</tbody>
</table>`
}
</section>`;
}

function journalSection(input: EvidencePackInput, when: (at: number) => string, { en, label }: SummaryWords): SafeHtml {
  const entries = [...input.journal].sort((a, b) => a.at - b.at);
  return html`<section>
<h2>${label('workspace.summary.journal')}</h2>
${
  entries.length === 0
    ? html`<p class="empty">${en('workspace.summary.noJournal')}</p>`
    : html`<table>
<thead><tr><th>${label('workspace.summary.time')}</th><th>${label('workspace.summary.what')}</th><th>${label('workspace.summary.notes')}</th></tr></thead>
<tbody>
${entries.map(
  (entry) =>
    html`<tr><td class="nowrap">${when(entry.at)}</td><td>${entry.kind.replace(/-/g, ' ')}</td><td class="text" dir="auto">${entry.text}</td></tr>\n`,
)}</tbody>
</table>`
}
</section>`;
}

function textsSection(input: EvidencePackInput, { label }: SummaryWords): SafeHtml {
  if (input.texts.length === 0) return html``;
  return html`<section>
<h2>${label('workspace.summary.texts')}</h2>
${input.texts.map((text) => html`<article class="composed"><h3 dir="auto">${text.title}</h3><div class="text" dir="auto">${text.body}</div></article>\n`)}
</section>`;
}

function filesSection(files: readonly PackedFile[], when: (at: number) => string, words: SummaryWords): SafeHtml {
  const { en, label } = words;
  return html`<section>
<h2>${label('workspace.summary.files')}</h2>
${
  files.length === 0
    ? html`<p class="empty">${en('workspace.summary.noFiles')}</p>`
    : html`<table class="files">
<thead><tr><th>${label('workspace.summary.file')}</th><th>${label('workspace.summary.added')}</th><th>${label('workspace.summary.caption')}</th><th class="num">${label('workspace.summary.size')}</th><th>SHA-256</th></tr></thead>
<tbody>
${files.map(
  (file) =>
    html`<tr><td>${fileLink(file, en)}<div class="sub">${file.meta.kind}, ${file.meta.type}<br>${en('workspace.summary.addedAs')} <bdi>${file.meta.name}</bdi></div>${file.meta.warnings.length > 0 && html`<div class="sub">${en('workspace.summary.warnings')} ${file.meta.warnings.join(', ')}</div>`}${file.meta.checklistItemIds.length > 0 && html`<div class="sub">${en('workspace.summary.shows')} ${file.meta.checklistItemIds.join(', ')}</div>`}</td><td class="nowrap">${when(file.meta.addedAt)}</td><td class="text" dir="auto">${file.meta.caption}</td><td class="num">${formatBytes(file.size)}<div class="sub">${en('workspace.size.bytes', { count: file.size })}</div></td><td class="hash">${file.sha256}${!file.matchesCapture && html`<div class="alert">${en('workspace.summary.hashDiffers', { sha256: file.meta.sha256 })}</div>`}</td></tr>\n`,
)}</tbody>
</table>`
}
</section>`;
}

/**
 * A file of the pack, linked (relative to summary.html) only when opening it is inert: a file kept as text
 * because its type runs code is named, not linked.
 */
function fileLink(file: PackedFile, en: Translator['t']): SafeHtml {
  const name = file.path.replace(/^files\//, '');
  if (isInertFile(file.path, file.meta.type)) return html`<a href="${file.path}">${name}</a>`;
  return html`${name}<div class="sub">${en('workspace.summary.keptAsText')}</div>`;
}

function linkOrText(url: string | undefined, text: string): SafeHtml {
  const href = marketplacePageUrl(url);
  if (!href) return html`${text}`;
  return html`<a href="${href}" rel="noreferrer noopener">${text}</a>`;
}

function statusText(order: Order, en: Translator['t']): string | undefined {
  const status = order.status?.replace(/-/g, ' ');
  if (status && order.statusText) return en('workspace.summary.statusWithPage', { status, page: order.statusText });
  return status ?? order.statusText;
}

function trackingText(order: Order): string | undefined {
  const { number, carrier } = order.tracking ?? {};
  if (!number && !carrier) return undefined;
  return [number, carrier && `(${carrier})`].filter(Boolean).join(' ');
}

function disputeText(order: Order, en: Translator['t']): string | undefined {
  const dispute = order.dispute;
  if (!dispute) return undefined;
  const parts = [dispute.status?.replace(/-/g, ' '), dispute.statusText && `"${dispute.statusText}"`];
  if (dispute.refundAmount) parts.push(en('workspace.summary.refund', { amount: formatMoney(dispute.refundAmount) }));
  return parts.filter(Boolean).join(', ') || undefined;
}

function localDateTime(value: string | undefined): string | undefined {
  return value?.replace('T', ' ');
}

function formatMoney(money: Money): string {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency: money.currency }).format(money.amount);
  } catch {
    return `${money.amount} ${money.currency}`;
  }
}

/** The stylesheet: a constant of this module, never built from data. */
const STYLE = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1a1a1a; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; }
h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
h2 { font-size: 1.15rem; border-bottom: 2px solid #1a1a1a; padding-bottom: .15rem; margin: 1.75rem 0 .5rem; }
h3 { font-size: 1rem; margin: 1rem 0 .35rem; }
.meta, .sub, .empty, footer { color: #555; }
.sub { font-size: .85em; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #c8c8c8; padding: .3rem .45rem; text-align: start; vertical-align: top; overflow-wrap: anywhere; }
thead th { background: #f0f0f0; }
table.facts th { width: 11rem; background: #f7f7f7; font-weight: 600; }
.num { text-align: end; white-space: nowrap; }
.nowrap { white-space: nowrap; }
.text { white-space: pre-wrap; unicode-bidi: plaintext; }
td[dir="auto"], h3[dir="auto"] { unicode-bidi: isolate; }
.composed .text { border: 1px solid #c8c8c8; padding: .6rem .75rem; background: #fafafa; }
.hash { font: 12px/1.3 ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; word-break: break-all; width: 15rem; }
.rule, .tr { color: #555; font-size: .85em; font-weight: normal; }
.alert { color: #a00; font-weight: 600; }
a { color: #0645ad; }
footer { margin-top: 2rem; font-size: .85em; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  a { color: inherit; }
  tr, .composed { break-inside: avoid; }
  h2 { break-after: avoid; }
}
`;
