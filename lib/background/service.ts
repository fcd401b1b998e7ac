import { browser } from 'wxt/browser';
import type { BuyerGuardDatabase } from '../db/database';
import { type OrderRef, orderRef } from '../db/records';
import type { Handlers } from '../messaging/dispatch';
import { sha256Hex } from './digest';
import { applyBackup, readBackupFile } from './import-backup';
import { type DeadlineDeriver, type IngestContext, ingestReading, refreshOrders } from './ingest';
import { readLastPage, recordLastPage } from './last-page';
import {
  ALARM_NEXT_REMINDER,
  ALARM_SWEEP,
  ensureSweepAlarm,
  fireDueReminders,
  openNotificationTarget,
  scheduleNextReminder,
  snoozeNotification,
  updateBadge,
} from './reminders';
import { readSettings, writeSettings } from './settings-store';
import { assembleUpload, discardAbandonedUploads, discardUpload, stageChunk } from './uploads';

/** Evidence larger than this is refused: no marketplace form takes it, and it would crowd the disk. */
export const MAX_EVIDENCE_BYTES = 200 * 1024 * 1024;
/** Orders whose next deadline is this close have their urgency recomputed by the hourly sweep. */
const URGENCY_HORIZON_MS = 30 * 24 * 60 * 60 * 1000;

export interface BackgroundDeps {
  db: BuyerGuardDatabase;
  now: () => number;
  timeZone: () => string;
  deriveDeadlines: DeadlineDeriver;
}

/**
 * The background's behaviour, separate from the wiring in entrypoints/background.ts so unit
 * tests can drive it against fake-indexeddb and WXT's fake browser.
 */
export function createBackground(deps: BackgroundDeps) {
  const { db } = deps;

  async function context(): Promise<IngestContext> {
    return {
      now: deps.now(),
      timeZone: deps.timeZone(),
      settings: await readSettings(db),
      deriveDeadlines: deps.deriveDeadlines,
    };
  }

  /** After any change to deadlines: the next alarm and the toolbar badge follow. */
  async function afterChange(): Promise<void> {
    await scheduleNextReminder(db);
    await updateBadge(db);
  }

  async function refAlive(orderId: string): Promise<OrderRef> {
    const ref = orderRef('aliexpress', orderId);
    if (!(await db.orders.get(ref))) throw new Error(`Order ${orderId} is not tracked.`);
    return ref;
  }

  /**
   * Everything that depends on time passing: urgency of near deadlines, reminders that fell
   * due while the browser was closed, the alarms (Chrome may drop them on restart).
   */
  async function sweep(): Promise<void> {
    const ctx = await context();
    const near = await db.orders
      .where('nextDueAt')
      .belowOrEqual(ctx.now + URGENCY_HORIZON_MS)
      .primaryKeys();
    const flagged = await db.orders.where('urgencyRank').above(0).primaryKeys();
    await refreshOrders(db, [...new Set([...near, ...flagged])], ctx);
    await fireDueReminders(db, ctx.now);
    await discardAbandonedUploads(db, ctx.now);
    await ensureSweepAlarm();
    await afterChange();
  }

  const handlers: Handlers = {
    ping: () => ({ version: browser.runtime.getManifest().version, receivedAt: deps.now() }),
    pageSeen: async ({ url, pageKind }) => {
      await recordLastPage({ url, pageKind, seenAt: deps.now() });
      return { recorded: true };
    },
    pageReading: async (reading) => {
      const summary = await ingestReading(db, reading, await context());
      if (reading.ok && (summary.created || summary.updated)) await afterChange();
      const orderIds = reading.ok ? reading.orders.map((o) => o.orderId) : [];
      return { ...summary, badges: await badgesFor(orderIds) };
    },
    addJournalEntry: async ({ orderId, kind, text }) => {
      const ref = await refAlive(orderId);
      const id = await db.journal.add({ ref, at: deps.now(), kind, text });
      return { id };
    },
    updateSettings: async (patch) => {
      const settings = await writeSettings(db, patch);
      await refreshOrders(db, await db.orders.toCollection().primaryKeys(), await context());
      await afterChange();
      return settings;
    },
    uploadChunk: async (chunk) => {
      await stageChunk(db, chunk, deps.now());
      return { ok: true };
    },
    addEvidence: async ({ uploadId, orderId, ...meta }) => {
      const ref = await refAlive(orderId);
      const upload = await assembleUpload(db, uploadId);
      if (!upload.ok) throw new Error(upload.error);
      if (upload.bytes.length > MAX_EVIDENCE_BYTES) {
        await discardUpload(db, uploadId);
        throw new Error(`The file is larger than ${MAX_EVIDENCE_BYTES / 1024 / 1024} MB.`);
      }
      const sha256 = await sha256Hex(upload.bytes);
      const id = crypto.randomUUID();
      const blob = new Blob([upload.bytes as Uint8Array<ArrayBuffer>], { type: meta.type });
      await db.transaction('rw', [db.evidence, db.uploads], async () => {
        await db.evidence.add({ ...meta, id, ref, orderId, size: blob.size, sha256, addedAt: deps.now(), blob });
        await db.uploads.where('uploadId').equals(uploadId).delete();
      });
      return { id, sha256, size: blob.size };
    },
    updateEvidence: async ({ id, ...changes }) => {
      const updated = await db.evidence.update(id, changes);
      if (!updated && !(await db.evidence.get(id))) throw new Error('No such evidence file.');
      return { ok: true };
    },
    deleteEvidence: async ({ id }) => {
      await db.evidence.delete(id);
      return { ok: true };
    },
    importBackup: async ({ uploadId, mode }) => {
      const upload = await assembleUpload(db, uploadId);
      if (!upload.ok) return { ok: false, error: upload.error };
      const read = await readBackupFile(upload.bytes);
      await discardUpload(db, uploadId);
      if (!read.ok) return { ok: false, error: read.error };
      const summary = await applyBackup(db, read.parsed, mode, await context());
      await afterChange();
      return { ok: true, ...summary };
    },
    deleteOrder: async ({ orderId }) => {
      const ref = orderRef('aliexpress', orderId);
      const tables = [db.orders, db.history, db.deadlines, db.reminders, db.disputes, db.evidence, db.journal];
      await db.transaction('rw', tables, async () => {
        await db.orders.delete(ref);
        await db.disputes.delete(ref);
        await Promise.all(
          [db.history, db.deadlines, db.reminders, db.evidence, db.journal].map((t) =>
            t.where('ref').equals(ref).delete(),
          ),
        );
      });
      await afterChange();
      return { ok: true };
    },
    clearAllData: async () => {
      await db.transaction('rw', db.tables, async () => Promise.all(db.tables.map((t) => t.clear())));
      await afterChange();
      return { ok: true };
    },
    getStatus: async () => ({ lastPage: await readLastPage() }),
  };

  /** Per order, its most urgent deadline still ahead (or the latest overdue), for the page's badges. */
  async function badgesFor(orderIds: string[]) {
    const refs = orderIds.map((id) => orderRef('aliexpress', id));
    const deadlines = await db.deadlines.where('ref').anyOf(refs).toArray();
    const now = deps.now();
    return orderIds.map((orderId, i) => {
      const own = deadlines.filter((d) => d.ref === refs[i]);
      const ahead = own.filter((d) => d.dueAt >= now).sort((a, b) => a.dueAt - b.dueAt);
      const overdue = own.filter((d) => d.dueAt < now && d.urgency === 'overdue').sort((a, b) => b.dueAt - a.dueAt);
      const pick = overdue[0] ?? ahead[0];
      if (!pick) return { orderId, deadline: null };
      const { key: _key, ref: _ref, ...deadline } = pick;
      return { orderId, deadline };
    });
  }

  return {
    handlers,
    sweep,
    async onAlarm(alarm: { name: string }) {
      if (alarm.name === ALARM_NEXT_REMINDER) {
        await fireDueReminders(db, deps.now());
        await afterChange();
      } else if (alarm.name === ALARM_SWEEP) {
        await sweep();
      }
    },
    async onNotificationClicked(notificationId: string) {
      await openNotificationTarget(notificationId);
    },
    async onNotificationButtonClicked(notificationId: string, buttonIndex: number) {
      if (buttonIndex === 0) await openNotificationTarget(notificationId);
      else await snoozeNotification(db, notificationId, deps.now());
    },
  };
}

export type Background = ReturnType<typeof createBackground>;
