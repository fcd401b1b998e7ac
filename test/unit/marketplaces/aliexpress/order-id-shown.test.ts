import { describe, expect, it } from 'vitest';
import { isRendered, shownOrderIds } from '../../../../lib/marketplaces/aliexpress/order-id-shown';

// "Shown on the page": an order id counts only as a whole number in text the page renders — not in a
// script, a style, a template or hidden text, and not as a piece of a longer number.

const ID = '8204417366541234';
const page = (body: string) => new DOMParser().parseFromString(`<html><body>${body}</body></html>`, 'text/html');
const shown = (body: string, id = ID) => [...shownOrderIds(page(body), [id])];

describe('shownOrderIds', () => {
  it.each([
    ['in a card line', `<div>Order ID: ${ID}</div>`],
    ['after its label in its own element', `<div><span>Order ID:</span> <span>${ID}</span></div>`],
    ['in a table cell', `<table><tr><td>${ID}</td></tr></table>`],
    ['beside other words on one line', `<p>Order ${ID}, placed Sep 13</p>`],
  ])('shown: %s', (_name, body) => {
    expect(shown(body)).toEqual([ID]);
  });

  it.each([
    ['only in a JSON script', `<script type="application/json">{"orderId":"${ID}"}</script>`],
    ['only in an inline script', `<script>var id = "${ID}";</script>`],
    ['only in a style', `<style>/* ${ID} */</style>`],
    ['only in a template', `<template><div>Order ID: ${ID}</div></template>`],
    ['only in noscript', `<noscript>${ID}</noscript>`],
    ['only in an attribute', `<div data-order="${ID}" title="${ID}">Order</div>`],
    ['only in a comment', `<!-- ${ID} -->`],
    ['in an element with the hidden attribute', `<div hidden>Order ID: ${ID}</div>`],
    ['inside a hidden ancestor', `<section hidden><div><p>Order ID: ${ID}</p></div></section>`],
    ['under display:none', `<div style="display:none">Order ID: ${ID}</div>`],
    ['under visibility:hidden', `<div style="visibility:hidden">Order ID: ${ID}</div>`],
    ['under opacity:0', `<div style="opacity:0">Order ID: ${ID}</div>`],
    ['hidden by a stylesheet', `<style>.x{display:none}</style><div class="x">Order ID: ${ID}</div>`],
    ['as a piece of a longer number', `<div>Order ID: 9${ID}7</div>`],
    ['as the end of a longer number', `<div>Order ID: 1${ID}</div>`],
    ['in a textarea', `<textarea>${ID}</textarea>`],
  ])('not shown: %s', (_name, body) => {
    expect(shown(body)).toEqual([]);
  });

  it('a fragment of a visible id is not shown ("20441736654" inside 8204417366541234)', () => {
    expect(shown(`<div>Order ID: ${ID}</div>`, '20441736654')).toEqual([]);
  });

  it('a fragment the page writes in its own element inside a longer number is not shown either', () => {
    expect(shown('<div>Order ID: 8<span>20441736654</span>1234</div>', '20441736654')).toEqual([]);
  });

  it('finds several at once, each only when shown', () => {
    const other = '8198765432105678';
    const hidden = '8195551112223334';
    const document = page(
      `<div>Order ID: ${ID}</div><p>Order ${other}</p><script type="application/json">["${hidden}"]</script>`,
    );
    expect([...shownOrderIds(document, [ID, other, hidden])].sort()).toEqual([other, ID].sort());
  });
});

describe('isRendered', () => {
  it.each([
    ['a plain block', '<div id="t">x</div>', true],
    ['hidden attribute', '<div id="t" hidden>x</div>', false],
    ['display:none ancestor', '<div style="display:none"><p id="t">x</p></div>', false],
    ['visibility:hidden', '<p id="t" style="visibility:hidden">x</p>', false],
    ['opacity:0', '<p id="t" style="opacity:0">x</p>', false],
  ])('%s → %s', (_name, body, expected) => {
    const element = page(body).getElementById('t');
    expect(element && isRendered(element)).toBe(expected);
  });
});
