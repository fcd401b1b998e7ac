import { browser } from 'wxt/browser';
import { orderBadge, pageWords } from '../badges/badge-text';
import { nothingToActOn } from '../badges/nothing-to-act-on';
import type { BuyerGuardDatabase } from '../db/database';
import { headlineDeadline } from '../db/order-row';
import { readSettings } from '../db/read-settings';
import { type OrderRef, orderRef } from '../db/records';
import { sha256Hex } from '../evidence/sha256-hex';
import type { Translator } from '../i18n/translator';
import { MAX_UNREADABLE_NOTE_CHARS, MAX_UNREADABLE_NOTES } from '../messaging/content-replies';
import { type Handlers, isQuotaError } from '../messaging/dispatch';
import { MAX_EVIDENCE_BYTES } from '../model/evidence';
import type { PageReading } from '../model/reading';
import { TRACKING_SILENT_DAYS } from '../rules/catalog';
import { adviseOrder } from '../rules/order-facts';
import { silentTracking } from '../rules/tracking-silence';
import { acceptOrders, withUnreadable } from './accept-orders';
import { browserTabCapture } from './browser-tab-capture';
import { buyerTranslator } from './buyer-translator';
import { captureMarketplaceTab, type TabCaptureApi } from './capture-tab';
import { applyBackup, readBackupFile } from './import-backup';
import {
  type DeadlineDeriver,
  derivedTables,
  type IngestContext,
  type IngestSummary,
  ingestReading,
  loadRelated,
  refreshAll,
  refreshDue,
  refreshOrders,
} from './ingest';
import { readLastPage, recordLastPage } from './last-page';
import { readLastReading, readPageReport, recordLastReading, recordPageReport } from './last-reading';
import { openGuide } from './open-guide';
import { createReadingLimiter, READING_LIMITS, type ReadingLimits } from './reading-limits';
import {
  ALARM_NEXT_REFRESH,
  ALARM_NEXT_REMINDER,
  ALARM_SWEEP,
  ensureSweepAlarm,
  fireDueReminders,
  openNotificationTarget,
  scheduleNextRefresh,
  scheduleNextReminder,
  snoozeNotification,
  updateBadge,
} from './reminders';
import { writeSettings } from './settings-store';
import { noticingStorageFull, readStorageProblem, watchStorageHealth } from './storage-health';
import { forgetTabReading, recordTabReading } from './tab-readings';
import { assembleUpload, discardAbandonedUploads, discardUpload, stageChunk } from './uploads';

/** New orders an ingest left out for a limit, said the way the page and the popup tell the buyer. */
function refusalOf(summary: IngestSummary, storeFull: boolean) {
  const count = summary.refusedNew?.length ?? 0;
  if (!count) return undefined;
  // The page's allowance comes back within a minute; room in the store only when the buyer makes it.
  return storeFull
    ? { reason: 'too-many-orders' as const, count }
    : { reason: 'too-many-new-orders' as const, count, retryAfterMs: 60_000 };
}

export interface BackgroundDeps {
  db: BuyerGuardDatabase;
  now: () => number;
  timeZone: () => string;
  deriveDeadlines: DeadlineDeriver;
  /** The extension's version: a new one derives every stored order again (IngestContext.codeVersion). */
  codeVersion?: string;
  /** Browser calls for tab screenshots; the real `browser.tabs`/`windows` when not given. */
  tabCapture?: TabCaptureApi;
  /** What a tab's page may make Buyer Guard store (reading-limits.ts); READING_LIMITS when not given. */
  readingLimits?: ReadingLimits;
}

/**
 * The background's behaviour, separate from the wiring in entrypoints/background.ts so unit
 * tests can drive it against fake-indexeddb and WXT's fake browser.
 */
export function createBackground(deps: BackgroundDeps) {
  const { db } = deps;
  const tabCapture = deps.tabCapture ?? browserTabCapture();
  const limits = deps.readingLimits ?? READING_LIMITS;
  const readingLimiter = createReadingLimiter(limits);

  async function context(): Promise<IngestContext> {
    return {
      now: deps.now(),
      timeZone: deps.timeZone(),
      settings: await readSettings(db),
      deriveDeadlines: deps.deriveDeadlines,
      ...(deps.codeVersion !== undefined && { codeVersion: deps.codeVersion }),
    };
  }

  /** After any change to deadlines: the next alarm and the toolbar badge follow. */
  async function afterChange(): Promise<void> {
    await scheduleNextReminder(db);
    await scheduleNextRefresh(db, deps.now());
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
  async function sweepOnce(): Promise<void> {
    const ctx = await context();
    // Only the orders time has caught up with (an urgency threshold, a reminder coming within reach).
    await refreshDue(db, ctx);
    await fireDueReminders(db, ctx.now, nextStepTitle);
    await discardAbandonedUploads(db, ctx.now);
    await ensureSweepAlarm();
    await afterChange();
  }

  /**
   * Work that fires reminders runs one at a time: at browser start the missed reminder alarm
   * and the start-up sweep arrive together, and both would notify the same reminder.
   */
  let timeWork: Promise<unknown> = Promise.resolve();
  function serially<T>(during: string, work: () => Promise<T>): Promise<T> {
    const run = timeWork.then(() => noticingStorageFull(during, deps.now, work));
    timeWork = run.catch(() => undefined);
    return run;
  }

  /** Start-up (install, update, browser start) and the hourly alarm; a sweep asked for while one runs joins it. */
  let sweeping: Promise<void> | undefined;
  function sweep(): Promise<void> {
    sweeping ??= serially('sweep', sweepOnce).finally(() => {
      sweeping = undefined;
    });
    return sweeping;
  }

  /**
   * The orders time has caught up with (staleAt reached; every order after a zone, settings or version
   * change), derived again: when their alarm rings, and when a page opens (getStatus), so a list read
   * between the moment and the alarm is brought up to date at once (the pages' queries are live).
   * One at a time with the sweep and the reminders; asked for while one runs, it joins it.
   */
  let refreshing: Promise<void> | undefined;
  function refreshStale(): Promise<void> {
    refreshing ??= serially('refresh', async () => {
      await refreshDue(db, await context());
      await afterChange();
    }).finally(() => {
      refreshing = undefined;
    });
    return refreshing;
  }

  const handlers: Handlers = {
    ping: () => ({ version: browser.runtime.getManifest().version, receivedAt: deps.now() }),
    pageReading: async (received, { sender }) => {
      const now = deps.now();
      // The badges' and the notice's words, in the buyer's language: the content script only draws them.
      const translator = await buyerTranslator(db);
      await recordLastPage({ url: received.url, pageKind: received.pageKind ?? 'unknown', seenAt: now });
      const tab = `tab:${sender.tab?.id ?? 'none'}`;
      const admission = readingLimiter.admit(tab, now);
      if (!admission.ok) {
        // Refused whole: the page changes faster than any buyer reads it. Nothing is touched.
        const refused = { reason: 'too-many-readings' as const, retryAfterMs: admission.retryAfterMs };
        await recordLastReading(received, { storedIds: [], dropped: [], refused });
        const words = pageWords(translator, received.ok ? received.diagnostics.missing.length : 0);
        return { created: 0, updated: 0, unchanged: 0, badges: [], words, refused };
      }
      // Each order on its own: one that the model refuses is dropped and named, the others go on.
      // A value cut out of an order is a field not read, as the reader's own gaps are.
      const accepted = received.ok ? acceptOrders(received.orders) : { orders: [], dropped: [], unreadable: [] };
      const asReceived = withUnreadable(received, accepted.unreadable);
      const reading: PageReading = asReceived.ok ? { ...asReceived, orders: accepted.orders } : asReceived;
      const words = pageWords(translator, reading.ok ? reading.diagnostics.missing.length : 0);
      const room = reading.ok ? Math.max(0, limits.storedOrders - (await db.orders.count())) : 0;
      const newOrderBudget = Math.min(admission.newOrderBudget, room);
      let summary: IngestSummary;
      try {
        summary = await ingestReading(db, reading, { ...(await context()), newOrderBudget });
      } catch (error) {
        await recordLastReading(asReceived, { storedIds: [], dropped: accepted.dropped, notStored: true });
        throw error;
      }
      readingLimiter.recordCreated(tab, now, summary.created);
      const refused = refusalOf(summary, room < admission.newOrderBudget);
      const dropped = [...accepted.dropped, ...(summary.dropped ?? [])];
      const left = new Set([...(summary.dropped ?? []).map((order) => order.orderId), ...(summary.refusedNew ?? [])]);
      const orderIds = reading.ok ? reading.orders.map((o) => o.orderId).filter((id) => !left.has(id)) : [];
      // Only now, with the orders committed, is the reading recorded as read.
      const outcome = { storedIds: orderIds, dropped, ...(refused && { refused }) };
      await recordLastReading(asReceived, outcome);
      // The side panel follows the active tab: what this tab's page showed.
      if (sender.tab?.id !== undefined) await recordTabReading(sender.tab.id, reading, outcome);
      // Also when nothing changed: this may be a reading delivered again because the worker
      // stopped after storing it the first time, before its alarm was set.
      if (reading.ok) await afterChange();
      const { created, updated, unchanged } = summary;
      return {
        created,
        updated,
        unchanged,
        badges: await badgesFor(orderIds, translator),
        words,
        ...(refused && { refused }),
        ...(accepted.unreadable.length && {
          unreadable: accepted.unreadable
            .slice(0, MAX_UNREADABLE_NOTES)
            .map((note) => note.slice(0, MAX_UNREADABLE_NOTE_CHARS)),
        }),
      };
    },
    openGuide: async ({ orderId }, { sender }) => ({ opened: await openGuide(orderId, { tab: sender.tab }) }),
    addJournalEntry: async ({ orderId, at, ...entry }) => {
      const ref = await refAlive(orderId);
      const id = crypto.randomUUID();
      const ctx = await context();
      // The journal is what the dispute case is folded from: deadlines follow in the same transaction.
      await db.transaction('rw', derivedTables(db), async () => {
        await db.journal.add({ ...entry, id, orderId, ref, at: at ?? ctx.now });
        await refreshOrders(db, [ref], ctx);
      });
      await afterChange();
      return { id };
    },
    deleteJournalEntry: async ({ id }) => {
      const ctx = await context();
      await db.transaction('rw', derivedTables(db), async () => {
        const entry = await db.journal.get(id);
        if (!entry) return;
        await db.journal.delete(id);
        await refreshOrders(db, [entry.ref], ctx);
      });
      await afterChange();
      return { ok: true };
    },
    setProblem: async ({ orderId, problem }) => {
      const ref = await refAlive(orderId);
      const ctx = await context();
      await db.transaction('rw', derivedTables(db), async () => {
        if (problem) await db.cases.put({ ref, problem, updatedAt: ctx.now });
        else await db.cases.delete(ref);
        await refreshOrders(db, [ref], ctx);
      });
      await afterChange();
      return { ok: true };
    },
    updateSettings: async (patch) => {
      const settings = await writeSettings(db, patch);
      await refreshAll(db, await context());
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
    // Focus goes back to the asking page's tab after the capture.
    captureTab: async ({ tabId }, { sender }) =>
      captureMarketplaceTab(tabCapture, tabId, sender.tab?.id, await buyerTranslator(db)),
    importBackup: async ({ uploadId, mode }) => {
      const words = await buyerTranslator(db);
      const upload = await assembleUpload(db, uploadId, words);
      if (!upload.ok) return { ok: false, error: upload.error };
      const read = await readBackupFile(upload.bytes, words);
      if (!read.ok) {
        await discardUpload(db, uploadId);
        return { ok: false, error: read.error };
      }
      // The upload stays until the backup is applied: a worker stopped mid-import rolls the
      // import back, and the same message sent again applies it (merge and replace are repeatable).
      // A full disk is the exception: the staged copy goes at once to give the room back.
      try {
        const summary = await applyBackup(db, read.parsed, mode, await context());
        await afterChange();
        await discardUpload(db, uploadId);
        return { ok: true, ...summary };
      } catch (error) {
        if (isQuotaError(error)) await discardUpload(db, uploadId);
        throw error;
      }
    },
    deleteOrder: async ({ orderId }) => {
      const ref = orderRef('aliexpress', orderId);
      await db.transaction('rw', [...derivedTables(db), db.evidence], async () => {
        await db.orders.delete(ref);
        await db.cases.delete(ref);
        await Promise.all([db.history, db.evidence, db.journal].map((t) => t.where('ref').equals(ref).delete()));
      });
      await afterChange();
      return { ok: true };
    },
    clearAllData: async () => {
      await db.transaction('rw', db.tables, async () => Promise.all(db.tables.map((t) => t.clear())));
      await afterChange();
      return { ok: true };
    },
    pageReport: async ({ url, report }) => {
      await recordPageReport(url, report, deps.now());
      return { ok: true as const };
    },
    getPageReport: () => readPageReport(),
    getStatus: async () => {
      // Not awaited: the status answers at once; rows time has moved are rewritten behind it.
      refreshStale().catch((error: unknown) => console.debug('[Buyer Guard] refresh on open failed', error));
      return {
        lastPage: await readLastPage(),
        lastReading: await readLastReading(),
        storageProblem: await readStorageProblem(),
      };
    },
  };

  /**
   * The advisor's view of stored orders, in `locale` (English when not given): facts gathered in one read
   * transaction, advice computed after. With each, the row and the case's problem it was advised from.
   */
  async function adviceFor(refs: OrderRef[], locale?: string) {
    const ctx = await context();
    const { rows, related, evidence } = await db.transaction(
      'r',
      [db.orders, db.journal, db.cases, db.evidence],
      async () => ({
        rows: await db.orders.bulkGet(refs),
        related: await loadRelated(db, refs),
        evidence: await db.evidence.where('ref').anyOf(refs).toArray(),
      }),
    );
    return refs.map((ref, i) => {
      const row = rows[i];
      if (!row) return undefined;
      const { journal, problem } = related.of(ref);
      const covered = evidence.filter((e) => e.ref === ref).flatMap((e) => e.checklistItemIds);
      const advice = adviseOrder({
        order: row.order,
        journal,
        ...(problem && { problem }),
        ...(covered.length && { evidenceItemIds: covered }),
        now: ctx.now,
        timeZone: ctx.timeZone,
        settings: ctx.settings,
        ...(locale !== undefined && { locale }),
      });
      return { row, problem, advice, timeZone: ctx.timeZone };
    });
  }

  /**
   * Per order on a page: its badge and panel, worded in the buyer's language — its most urgent deadline
   * (still relevant), the advisor's next step, and the facts the panel states. An order with nothing to act
   * on gets no badge (nothingToActOn).
   */
  async function badgesFor(orderIds: string[], words: Translator) {
    const refs = orderIds.map((id) => orderRef('aliexpress', id));
    const states = await adviceFor(refs, words.locale);
    const now = deps.now();
    return orderIds.flatMap((orderId, i) => {
      const state = states[i];
      // The row's own deadlines (storage v3 keeps them with the order), read with the advice.
      const deadline = (state && headlineDeadline(state.row.deadlines, now)) ?? null;
      if (state && nothingToActOn({ row: state.row, problem: state.problem, deadline })) return [];
      // Tracking silent for TRACKING_SILENT_DAYS or more, the fact the advisor acts on: stated on the panel
      // unless the step is that very rule's (its why already says it, in its own words).
      const silence = state && silentTracking(state.row.order, now, state.timeZone);
      const saysSo = state?.advice.ruleIds.includes(TRACKING_SILENT_DAYS.id) ?? false;
      const facts = silence && !saysSo ? [words.t('advice.tracking-silent.fact', { days: silence.days })] : [];
      const advice = state
        ? { title: state.advice.title, why: state.advice.why }
        : { title: words.t('page.panel.notTracked.title'), why: words.t('page.panel.notTracked.why') };
      return [orderBadge({ orderId, deadline, advice, facts }, now, words, { timeZone: deps.timeZone() })];
    });
  }

  async function nextStepTitle(ref: OrderRef, locale: string): Promise<string | undefined> {
    return (await adviceFor([ref], locale))[0]?.advice.title;
  }

  return {
    handlers: watchStorageHealth(handlers, deps.now),
    sweep,
    async onAlarm(alarm: { name: string }) {
      if (alarm.name === ALARM_NEXT_REMINDER) {
        await serially('alarm', async () => {
          await fireDueReminders(db, deps.now(), nextStepTitle);
          await afterChange();
        });
      } else if (alarm.name === ALARM_NEXT_REFRESH) {
        await refreshStale();
      } else if (alarm.name === ALARM_SWEEP) {
        await sweep();
      }
    },
    /** A closed tab's reading is no longer anyone's page. */
    async onTabRemoved(tabId: number) {
      await forgetTabReading(tabId);
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
