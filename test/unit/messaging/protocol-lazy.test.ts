import { beforeAll, describe, expect, it, vi } from 'vitest';

// Counts every call of the full Zod API's builders (z.object, z.string, …) made through `z`, the way
// lib/messaging/protocol.ts builds its schemas.
const counter = vi.hoisted(() => ({ calls: 0 }));
vi.mock('zod', async (importOriginal) => {
  const actual = await importOriginal<typeof import('zod')>();
  const z = new Proxy(actual.z, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      // Builders are functions named in lower case; classes (ZodError, …) stay as they are.
      if (typeof value !== 'function' || typeof key !== 'string' || !/^[a-z]/.test(key)) return value;
      return (...args: unknown[]) => {
        counter.calls++;
        return (value as (...a: unknown[]) => unknown)(...args);
      };
    },
  });
  return { ...actual, z };
});

type Protocol = typeof import('../../../lib/messaging/protocol');
let protocol: Protocol;

describe('the protocol builds its schemas on first use', () => {
  beforeAll(async () => {
    // What protocol.ts imports is evaluated (and counted) first: only protocol.ts's own evaluation is measured.
    await import('../../../lib/model/settings');
    await import('../../../lib/model/evidence');
    await import('../../../lib/model/journal');
    await import('../../../lib/model/problem');
    await import('../../../lib/model/reading');
    await import('../../../lib/messaging/content-replies');
    await import('../../../lib/messaging/envelope');
    counter.calls = 0;
    protocol = await import('../../../lib/messaging/protocol');
  });

  it('evaluating the module builds no schema', () => {
    expect(Object.keys(protocol.messages).length).toBeGreaterThan(10);
    expect(counter.calls).toBe(0);
  });

  it("a message's schema is built when it is first asked for, once", () => {
    const before = counter.calls;
    const schema = protocol.messages.ping.request();
    const built = counter.calls - before;
    expect(built).toBeGreaterThan(0);
    expect(protocol.messages.ping.request()).toBe(schema);
    expect(counter.calls - before).toBe(built);
    expect(schema.safeParse({}).success).toBe(true);
    expect(schema.safeParse({ extra: 1 }).success).toBe(false);
  });

  it('building one message builds no other message', () => {
    const before = counter.calls;
    protocol.messages.deleteOrder.request();
    const afterOne = counter.calls;
    expect(afterOne).toBeGreaterThan(before);
    protocol.messages.deleteOrder.request();
    protocol.messages.ping.request();
    expect(counter.calls).toBe(afterOne);
  });
});
