import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readAliExpressPage } from '../../../../lib/marketplaces/aliexpress/read-page';
import { pageReadingSchema } from '../../../../lib/model/reading';
import { FIXTURE_NOW, listFixtures } from '../../../fixtures/aliexpress/sample-site';
import { pick, type Rng, seededRandom } from '../../seeded-random';

const SEED = 20_261_120;
const VARIANTS = 1_000;
const NOISE = [
  '',
  'x',
  '12',
  'US $',
  '€',
  'Order ID:',
  'Total:',
  'Delivered',
  '3 days',
  'Mar 5, 2026',
  '—',
  'Копировать',
  '99999',
];

function textNodes(root: Node): Text[] {
  const found: Text[] = [];
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) found.push(child as Text);
      else walk(child);
    }
  };
  walk(root);
  return found;
}

/** One random change of the kinds real layout changes bring: a node gone, a class renamed, a text changed, a node repeated. */
function mutate(document: Document, rng: Rng): void {
  const elements = [...(document.body?.querySelectorAll('*') ?? [])];
  if (!elements.length) return;
  const element = pick(rng, elements);
  switch (Math.floor(rng() * 5)) {
    case 0:
      element.remove();
      break;
    case 1: {
      const classes = (element.getAttribute('class') ?? '').split(/\s+/).filter(Boolean);
      element.setAttribute(
        'class',
        classes.map((name) => (rng() < 0.5 ? `${name}-${Math.floor(rng() * 1e6).toString(36)}` : name)).join(' '),
      );
      break;
    }
    case 2: {
      const nodes = textNodes(document.body);
      if (!nodes.length) return;
      const node = pick(rng, nodes);
      const text = node.nodeValue ?? '';
      const cut = Math.floor(rng() * (text.length + 1));
      node.nodeValue = rng() < 0.5 ? text.slice(0, cut) + pick(rng, NOISE) + text.slice(cut) : text.slice(cut);
      break;
    }
    case 3:
      element.parentElement?.insertBefore(element.cloneNode(true), element);
      break;
    default:
      for (const attribute of ['href', 'style', 'title']) if (rng() < 0.5) element.removeAttribute(attribute);
  }
}

describe('readers on mutated pages', () => {
  // The 50-order list is the English list repeated; the others cover every layout and language.
  const pages = listFixtures()
    .filter((fixture) => !fixture.name.includes('.50.'))
    .map((fixture) => ({ ...fixture, source: readFileSync(fixture.html, 'utf8') }));
  const parsed = pages.map((page) => new DOMParser().parseFromString(page.source, 'text/html'));

  it(`${VARIANTS} variants never throw, always give a valid reading and never invent an order id (seed ${SEED})`, () => {
    const rng = seededRandom(SEED);
    let ordersRead = 0;
    for (let variant = 0; variant < VARIANTS; variant++) {
      const index = variant % pages.length;
      const page = pages[index] as (typeof pages)[number];
      const document = parsed[index]?.cloneNode(true) as Document;
      const changes = 1 + Math.floor(rng() * 6);
      for (let i = 0; i < changes; i++) mutate(document, rng);
      const where = `variant ${variant} of ${page.name}`;

      const reading = readAliExpressPage(document, page.url, FIXTURE_NOW);
      expect(pageReadingSchema().safeParse(reading).success, where).toBe(true);
      if (!reading.ok) {
        expect(reading.message, where).not.toMatch(/^Reader error/);
        continue;
      }
      ordersRead += reading.orders.length;
      const pageText = `${page.url} ${document.documentElement.outerHTML}`;
      for (const order of reading.orders)
        expect(pageText.includes(order.orderId), `${where}: ${order.orderId}`).toBe(true);
    }
    // Not vacuous: most mutated pages still yield orders.
    expect(ordersRead).toBeGreaterThan(VARIANTS);
  }, 300_000);
});
