import { describe, expect, it } from 'vitest';
import { readWorkspaceParams, workspacePath } from '../../../lib/pages/workspace-url';

describe('workspace address', () => {
  it('writes the order and, when known, the tab', () => {
    expect(workspacePath('8204417366541234')).toBe('/evidence.html?order=8204417366541234');
    expect(workspacePath('8204417366541234', 1161260005)).toBe('/evidence.html?order=8204417366541234&tab=1161260005');
  });

  it('reads back what it writes', () => {
    const path = workspacePath('8204417366541234', 42);
    expect(readWorkspaceParams(path.slice(path.indexOf('?')))).toEqual({
      ok: true,
      orderId: '8204417366541234',
      tabId: 42,
    });
  });

  it.each([
    ['?order=8204417366541234&tab=0', { ok: true, orderId: '8204417366541234', tabId: 0 }],
    ['?order=8204417366541234&tab=-3', { ok: true, orderId: '8204417366541234' }],
    ['?order=8204417366541234&tab=abc', { ok: true, orderId: '8204417366541234' }],
    ['?order=8204417366541234&tab=', { ok: true, orderId: '8204417366541234' }],
    ['?order=123456', { ok: true, orderId: '123456' }],
  ])('%s', (search, expected) => {
    expect(readWorkspaceParams(search)).toEqual(expected);
  });

  it.each([
    '',
    '?order=12345',
    '?order=1234567890123456789012345',
    '?order=82044173665412x4',
    '?order=<script>',
    '?tab=5',
  ])('refuses a missing or malformed order: %s', (search) => {
    expect(readWorkspaceParams(search)).toEqual({ ok: false, reason: 'no-order' });
  });
});
