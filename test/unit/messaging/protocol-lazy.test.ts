// @vitest-environment node
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// Counts every call of Zod's builders (z.object, z.string, z.enum, …), through the full API (`zod`, as
// lib/messaging/protocol.ts uses it) and through zod/mini (as lib/model/*.ts does), and notes whether a
// call came from a model module, so a test can tell which schemas a piece of work built.
const counter = vi.hoisted(() => ({
  calls: 0,
  fromModel: 0,
  count() {
    counter.calls++;
    if (/[\\/]lib[\\/](model[\\/]|messaging[\\/]content-replies)/.test(new Error().stack ?? '')) counter.fromModel++;
  },
}));
// Builders are functions named in lower case; classes (ZodError, …) stay as they are, and `config`
// (lib/zod-jitless.ts sets Zod's one global option) builds nothing.
const isBuilder = (key: PropertyKey, value: unknown): value is (...a: unknown[]) => unknown =>
  typeof value === 'function' && typeof key === 'string' && /^[a-z]/.test(key) && key !== 'config';
const counted =
  (builder: (...a: unknown[]) => unknown) =>
  (...args: unknown[]) => {
    counter.count();
    return builder(...args);
  };

vi.mock('zod', async (importOriginal) => {
  const actual = await importOriginal<typeof import('zod')>();
  const z = new Proxy(actual.z, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      return isBuilder(key, value) ? counted(value) : value;
    },
  });
  return { ...actual, z };
});
vi.mock('zod/mini', async (importOriginal) => {
  const actual = await importOriginal<Record<string, unknown>>();
  return Object.fromEntries(
    Object.entries(actual).map(([key, value]) => [key, isBuilder(key, value) ? counted(value) : value]),
  );
});

type Protocol = typeof import('../../../lib/messaging/protocol');
let protocol: Protocol;

// Every model module, found on disk so a new one is covered too.
const modelModules = import.meta.glob('../../../lib/model/*.ts');

describe('the worker builds its schemas on first use', () => {
  beforeAll(async () => {
    // The service worker's modules, the protocol, every model module and the content script's replies.
    await import('../../../lib/zod-jitless');
    await import('../../../lib/background/service');
    await import('../../../lib/background/welcome');
    await import('../../../lib/messaging/listen');
    await import('../../../lib/rules/order-facts');
    await import('../../../lib/db/database');
    for (const load of Object.values(modelModules)) await load();
    await import('../../../lib/messaging/content-replies');
    protocol = await import('../../../lib/messaging/protocol');
  });

  it('importing them builds no schema', () => {
    expect(Object.keys(modelModules).length).toBeGreaterThan(10);
    expect(Object.keys(protocol.messages).length).toBeGreaterThan(10);
    expect(counter.calls).toBe(0);
  });

  it('answering a ping builds no model schema', async () => {
    const { createBackground } = await import('../../../lib/background/service');
    const { dispatchMessage } = await import('../../../lib/messaging/dispatch');
    const { freshDatabase, NOW, tableDeriver } = await import('../background/test-data');
    const background = createBackground({
      db: freshDatabase(),
      now: () => NOW,
      timeZone: () => 'UTC',
      deriveDeadlines: tableDeriver,
    });
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'x', version: '1.2.3' });
    const before = counter.calls;
    const reply = await dispatchMessage(
      { protocol: protocol.PROTOCOL, type: 'ping', payload: {} },
      { id: 'x', url: 'chrome-extension://x/popup.html' },
      { id: 'x', baseUrl: 'chrome-extension://x/' },
      background.handlers,
    );
    expect(reply).toMatchObject({ ok: true, data: { version: '1.2.3', receivedAt: NOW } });
    // The envelope and ping's own schemas, and nothing from lib/model/.
    expect(counter.calls).toBeGreaterThan(before);
    expect(counter.fromModel).toBe(0);
  });

  it('a model schema is built when first asked for, with its parts, once', async () => {
    const { orderSchema } = await import('../../../lib/model/order');
    const { moneySchema } = await import('../../../lib/model/money');
    const before = counter.calls;
    const schema = orderSchema();
    const built = counter.calls - before;
    expect(built).toBeGreaterThan(0);
    expect(counter.fromModel).toBeGreaterThan(0);
    expect(orderSchema()).toBe(schema);
    moneySchema(); // built as a part of the order: not again
    expect(counter.calls - before).toBe(built);
    expect(schema.safeParse({ marketplace: 'aliexpress', orderId: '8204417366541234' }).success).toBe(true);
    expect(schema.safeParse({ marketplace: 'aliexpress', orderId: '8204417366541234', total: 1 }).success).toBe(false);
  });

  it("a message's schema is built when it is first asked for, once", () => {
    const before = counter.calls;
    const schema = protocol.messages.getStatus.request();
    const built = counter.calls - before;
    expect(built).toBeGreaterThan(0);
    expect(protocol.messages.getStatus.request()).toBe(schema);
    expect(counter.calls - before).toBe(built);
  });

  it('building one message builds no other message', () => {
    const before = counter.calls;
    protocol.messages.deleteOrder.request();
    const afterOne = counter.calls;
    expect(afterOne).toBeGreaterThan(before);
    protocol.messages.deleteOrder.request();
    protocol.messages.ping.request();
    expect(counter.calls).toBe(afterOne);
    expect(protocol.messages.ping.request().safeParse({}).success).toBe(true);
    expect(protocol.messages.ping.request().safeParse({ extra: 1 }).success).toBe(false);
  });
});
