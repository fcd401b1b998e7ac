import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { BuyerGuardDatabase, CURRENT_VERSION } from '../../../lib/db/database';
import { SCHEMA_VERSIONS } from '../../../lib/db/schema';

describe('schema history', () => {
  it('numbers versions 1, 2, … without gaps and documents each', () => {
    expect(SCHEMA_VERSIONS.map((v) => v.version)).toEqual(SCHEMA_VERSIONS.map((_, i) => i + 1));
    for (const v of SCHEMA_VERSIONS) expect(v.note.length).toBeGreaterThan(5);
    expect(CURRENT_VERSION).toBe(SCHEMA_VERSIONS.length);
  });

  // Every earlier version, filled with data, opens under the current schema with that data kept.
  it.each(SCHEMA_VERSIONS.map((v) => v.version))(
    'upgrades a database from version %i keeping its data',
    async (from) => {
      const name = `migration-${from}-${Math.random()}`;
      const old = new BuyerGuardDatabase(name, from);
      await old.open();
      await old.orders.put({
        ref: 'aliexpress:1000000001',
        marketplace: 'aliexpress',
        orderId: '1000000001',
        order: { marketplace: 'aliexpress', orderId: '1000000001', statusText: 'Awaiting delivery' },
        firstSeenAt: 1,
        lastSeenAt: 2,
        updatedAt: 2,
        status: 'shipped',
        storeKey: 'shop',
        hasDispute: 0,
        nextDueAt: 5,
        urgency: 'upcoming',
        attention: 30_000_000_000_005,
        headline: null,
        words: ['1000000001'],
      });
      await old.journal.add({
        id: 'j-1',
        ref: 'aliexpress:1000000001',
        orderId: '1000000001',
        at: 3,
        kind: 'contacted-seller',
        text: 'Asked for tracking',
      });
      old.close();

      const current = new BuyerGuardDatabase(name);
      await current.open();
      expect(current.verno).toBe(CURRENT_VERSION);
      expect((await current.orders.get('aliexpress:1000000001'))?.order.statusText).toBe('Awaiting delivery');
      expect(await current.journal.where('ref').equals('aliexpress:1000000001').count()).toBe(1);
      current.close();
      await Dexie.delete(name);
    },
  );
});
