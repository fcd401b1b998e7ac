/**
 * The database's history: every schema change is a new entry with its upgrade, never an
 * edit of an old one (test/unit/db/migrations.test.ts opens every earlier version with data
 * and upgrades it; a new version adds the rows it writes as test/unit/db/schema-fixtures/vN.ts). Index syntax: first key is the primary key; `*` multi-entry; `[a+b]` compound.
 */
export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  /** What changed and why, for the reader of this history. */
  note: string;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    note: 'Initial schema.',
    stores: {
      // Only what a query looks up or sorts by is indexed: each index is written again on every put.
      orders: 'ref, storeKey, nextDueAt, urgency, attention',
      history: '++id, ref, [ref+at]',
      deadlines: 'key, ref',
      reminders: 'key, ref, fireAt',
      cases: 'ref',
      evidence: 'id, ref, addedAt',
      journal: 'id, ref, [ref+at]',
      settings: 'key',
      uploads: '[uploadId+index], uploadId, at',
    },
  },
  {
    version: 2,
    note: 'One deadline model (lib/model/deadline.ts): a whole day is stored as a day (dueOn), a page-stated rule is a source of its own, each deadline has one name, and auto-confirm rows become the protection end they always were (upgrades.ts). No store or index changes.',
    stores: {},
  },
  {
    version: 3,
    note: 'An order and everything derived from it in one row (upgrades.ts): its deadlines, its reminders (fired marks kept) and the fields the order list shows, so ingesting an order writes one row instead of about six. The deadlines and reminders stores go. Indexes: attention (the list, most urgent first; urgency counts are ranges of it), nextReminderAt (the one alarm), staleAt (what the sweep re-derives); storeKey, nextDueAt and urgency were not queried by index any more and cost a write each.',
    stores: {
      orders: 'ref, attention, nextReminderAt, staleAt',
      deadlines: null,
      reminders: null,
    },
  },
];

/** This build's schema version: the newest in the history (Dexie and the pages' early read open it). */
export const CURRENT_VERSION = Math.max(...SCHEMA_VERSIONS.map((v) => v.version));

export const DATABASE_NAME = 'buyer-guard';
