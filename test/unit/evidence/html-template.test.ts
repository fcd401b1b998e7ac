import { describe, expect, it } from 'vitest';
import { html, SafeHtml } from '../../../lib/evidence/html-template';

describe('html template', () => {
  it('escapes every interpolated value by default', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    expect(html`<td>${hostile}</td>`.markup).toBe('<td>&lt;img src=x onerror=alert(1)&gt;</td>');
    expect(html`<a title="${'" onclick="x'}">`.markup).toBe('<a title="&quot; onclick=&quot;x">');
  });

  it('keeps nested templates as markup, and escapes inside them', () => {
    const row = (text: string) => html`<li>${text}</li>`;
    expect(html`<ul>${['a', '<b>'].map(row)}</ul>`.markup).toBe('<ul><li>a</li><li>&lt;b&gt;</li></ul>');
  });

  it('renders nothing for null, undefined and false, and numbers as text', () => {
    expect(html`[${null}${undefined}${false}${0}${true}]`.markup).toBe('[0true]');
  });

  it('does not trust objects that only look like markup', () => {
    const impostor = { markup: '<script>', toString: () => '<script>' } as unknown as string;
    expect(html`${impostor}`.markup).toBe('&lt;script&gt;');
    expect(html`${new SafeHtml('<br>')}`.markup).toBe('<br>');
  });
});
