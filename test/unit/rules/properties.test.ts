import fc from 'fast-check';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DeadlineTimeline } from '../../../components/orders/DeadlineTimeline';
import { UrgencyChip } from '../../../components/UrgencyChip';
import { composeNotification } from '../../../lib/background/notification-content';
import { orderBadge } from '../../../lib/badges/badge-text';
import { toOrderRow } from '../../../lib/db/order-row';
import { ordersToCsv } from '../../../lib/db/orders-csv';
import type { DeadlineRow } from '../../../lib/db/records';
import { deadlineIso, deadlineView } from '../../../lib/format/deadline-format';
import { localeOfTag, translatorFor } from '../../../lib/i18n/translator';
import type { Deadline } from '../../../lib/model/deadline';
import type { Advice } from '../../../lib/rules/advice';
import { nextStep } from '../../../lib/rules/advisor';
import { deadlineRole } from '../../../lib/rules/deadline-names';
import { computeDeadlines, disputeRouteFinished } from '../../../lib/rules/deadlines';
import { disputeCaseOf } from '../../../lib/rules/dispute-case';
import { chargebackOf } from '../../../lib/rules/provider-case';
import { isDisputeActive } from '../../../lib/rules/timeline';
import { deadlineArb, engineInputArb, localeArb, nowArb, zoneArb } from './arbitraries';

// The invariants of issue 11, over generated orders (page timers and rules in any order, a dispute as
// the page shows it), journals (any order, page-written entries, offers without an opening, provider
// cases), problems, settings, zones with and without DST, and "now" from before the order to months after.

const RUNS = { numRuns: 400 };
/** Hundreds of generated cases per property: far more than a unit test's default 5 s under a loaded machine. */
const SLOW = { timeout: 60_000 };

function run(input: Parameters<typeof nextStep>[0]) {
  return { advice: nextStep(input), list: computeDeadlines(input) };
}

/** The step's own date, then every dated route the advice names. */
function datesOf(advice: Advice): number[] {
  return [
    ...(advice.until === undefined ? [] : [advice.until]),
    ...advice.alternatives.flatMap((option) => (option.until === undefined ? [] : [option.until])),
  ];
}

const closing = (list: Deadline[], now: number) =>
  list.filter((d) => deadlineRole(d.kind) === 'closes' && d.dueAt >= now).sort((a, b) => a.dueAt - b.dueAt);
const find = (list: Deadline[], kind: Deadline['kind']) => list.find((d) => d.kind === kind);

describe('properties of the advice against its own deadline list', SLOW, () => {
  it('the advice’s date is a deadline of its own list (the step, the headline, the safety nets, each route)', () => {
    fc.assert(
      fc.property(engineInputArb, (input) => {
        const { advice, list } = run(input);
        if (advice.until !== undefined) {
          expect(advice.deadline).toBeDefined();
          expect(list).toContainEqual(advice.deadline);
          expect(advice.deadline?.dueAt).toBe(advice.until);
          expect(advice.untilSource).toBe(advice.deadline?.source);
        }
        if (advice.headline) expect(list).toContainEqual(advice.headline);
        for (const net of advice.safetyNets) expect(list).toContainEqual(net);
        for (const option of advice.alternatives) {
          if (option.until !== undefined) expect(list.map((d) => d.dueAt)).toContain(option.until);
        }
      }),
      RUNS,
    );
  });

  it('never recommends a route whose deadline has passed, and offers no past date as a possibility', () => {
    fc.assert(
      fc.property(engineInputArb, (input) => {
        const { advice, list } = run(input);
        const { now } = input;
        for (const at of datesOf(advice)) expect(at).toBeGreaterThanOrEqual(now);
        const routes = [advice.action, ...advice.alternatives.map((o) => o.action)];
        const window = find(list, 'dispute-window-closes');
        if (routes.includes('open-dispute') && window) expect(window.dueAt).toBeGreaterThanOrEqual(now);
        const opens = find(list, 'dispute-opens');
        if (advice.action === 'open-dispute' && opens) expect(opens.dueAt).toBeLessThanOrEqual(now);
        if (routes.includes('chargeback')) {
          expect(find(list, 'chargeback-window-closes')?.dueAt ?? -1).toBeGreaterThanOrEqual(now);
        }
        if (advice.action === 'ask-extend-protection') {
          expect(find(list, 'buyer-protection-ends')?.dueAt ?? -1).toBeGreaterThanOrEqual(now);
        }
        const returnBy = find(list, 'return-ship-by');
        if (advice.action === 'ship-return' && returnBy) expect(returnBy.dueAt).toBeGreaterThanOrEqual(now);
        if (advice.headline) expect(advice.headline.dueAt).toBeGreaterThanOrEqual(now);
      }),
      RUNS,
    );
  });

  it('lists no upcoming deadline for a route that is closed', () => {
    fc.assert(
      fc.property(engineInputArb, (input) => {
        const list = computeDeadlines(input);
        const upcoming = (kind: Deadline['kind']) => list.some((d) => d.kind === kind && d.dueAt >= input.now);
        const dispute = disputeCaseOf(input);
        const chargeback = chargebackOf({ ...input, ...(dispute && { dispute }) });
        // The platform dispute route is over for good (a ruling, an accepted proposal): no window, no opening.
        if (disputeRouteFinished(dispute)) {
          expect(upcoming('dispute-window-closes')).toBe(false);
          expect(upcoming('dispute-opens')).toBe(false);
        }
        // The window has closed: nothing can open any more.
        const window = find(list, 'dispute-window-closes');
        if (window && window.dueAt < input.now) expect(upcoming('dispute-opens')).toBe(false);
        // Only an opened dispute waits for the seller; only a running, unescalated one for escalation.
        if (dispute?.status !== 'opened') expect(find(list, 'seller-response-due')).toBeUndefined();
        if (!isDisputeActive(dispute) || dispute?.status === 'escalated') {
          expect(find(list, 'escalation-possible')).toBeUndefined();
          expect(find(list, 'escalation-due')).toBeUndefined();
        }
        if (dispute?.returnShippedAt !== undefined) expect(find(list, 'return-ship-by')).toBeUndefined();
        // A case filed with the provider uses its window; a claim escalated needs no escalation.
        if (chargeback !== undefined) expect(find(list, 'chargeback-window-closes')).toBeUndefined();
        if (chargeback?.escalatedAt !== undefined || chargeback?.provider === 'card') {
          expect(find(list, 'chargeback-escalation-due')).toBeUndefined();
        }
        // One moment, one deadline: auto-confirm is the protection end.
        expect(find(list, 'auto-confirm')).toBeUndefined();
        expect(new Set(list.map((d) => d.kind)).size).toBe(list.length);
      }),
      RUNS,
    );
  });

  it('no "wait" past a closing window: a wait ends by the first date that makes things worse', () => {
    fc.assert(
      fc.property(engineInputArb, (input) => {
        const { advice, list } = run(input);
        if (advice.action !== 'wait') return;
        const first = closing(list, input.now)[0];
        if (first === undefined) return;
        if (advice.until !== undefined) expect(advice.until).toBeLessThanOrEqual(first.dueAt);
        if (advice.waitUntil !== undefined) expect(advice.waitUntil).toBeLessThanOrEqual(first.dueAt);
      }),
      RUNS,
    );
  });

  it('the headline is the first closing deadline ahead; the safety nets come after it', () => {
    fc.assert(
      fc.property(engineInputArb, (input) => {
        const { advice, list } = run(input);
        const ahead = closing(list, input.now);
        if (advice.headline === undefined) {
          expect(ahead.every((d) => d.kind === 'chargeback-window-closes')).toBe(true);
          return;
        }
        for (const d of ahead) {
          if (d.kind !== 'chargeback-window-closes' || advice.action === 'chargeback') {
            expect(advice.headline.dueAt).toBeLessThanOrEqual(d.dueAt);
          }
        }
        expect(advice.safetyNets).not.toContainEqual(advice.headline);
      }),
      RUNS,
    );
  });

  it('is deterministic, whatever order the journal was entered in', () => {
    fc.assert(
      fc.property(engineInputArb, (input) => {
        const reversed = { ...input, journal: [...input.journal].reverse() };
        expect(computeDeadlines(reversed)).toEqual(computeDeadlines(input));
        expect(nextStep(reversed).branch).toBe(nextStep(input).branch);
      }),
      { numRuns: 150 },
    );
  });
});

describe('a deadline renders the same instant or day in every view-model', SLOW, () => {
  // A time of day ("15:29", "15.29", "15h29"), not a grouped count ("in 1.000 Tagen").
  const TIME = /\d{1,2}[:.h]\d{2}(?!\d)/;

  it('badge, badge panel, notification, evidence-summary formatter, CSV — in the buyer’s language', () => {
    fc.assert(
      fc.property(deadlineArb, nowArb, zoneArb, localeArb, (deadline, now, timeZone, tag) => {
        // The background words the badge and the notification with the buyer's translator (es-ES → es).
        const words = translatorFor(localeOfTag(tag));
        const options = { timeZone, locale: words.locale };
        const view = deadlineView(deadline, now, options);
        const badge = orderBadge(
          { orderId: deadline.orderId, deadline, advice: { title: 't', why: 'w' } },
          now,
          words,
          { timeZone },
        );
        expect(badge.text).toContain(view.when);
        expect(badge.text).toContain(view.name);
        expect(badge.panel.detail).toContain(view.when);
        expect(badge.panel.detail).toContain(view.left);
        expect(badge.label.startsWith(badge.text)).toBe(true);
        const notification = composeNotification(
          [
            {
              reminderKey: 'k',
              order: {
                ref: 'aliexpress:8100000000000001',
                orderId: '8100000000000001',
                order: { marketplace: 'aliexpress', orderId: '8100000000000001' },
              },
              deadline,
            },
          ],
          now,
          { timeZone },
          words,
        );
        expect(notification?.title).toBe(view.text);
        // The same name in the buyer's language, never the English one (unless English is the buyer's).
        if (words.locale !== 'en') {
          expect(badge.text).not.toContain(deadlineView(deadline, now, { timeZone, locale: 'en' }).name);
        }
        expect(notification?.title).toContain(view.when);
        const row: DeadlineRow = { ...deadline, key: 'k', ref: 'aliexpress:8100000000000001' };
        const orderRow = toOrderRow({
          ref: row.ref,
          order: { marketplace: 'aliexpress', orderId: deadline.orderId },
          deadlines: [],
          hasDispute: false,
          firstSeenAt: 0,
          lastSeenAt: 0,
          updatedAt: 0,
          now: 0,
        });
        const csv = ordersToCsv([{ ...orderRow, nextDueAt: deadline.dueAt }], new Map([[row.ref, [row]]]));
        expect(csv).toContain(`,${deadlineIso(deadline)},`);
        // A whole day is never given a time, in any view.
        if (deadline.dueOn !== undefined) {
          for (const text of [badge.text, badge.panel.detail, notification?.title ?? '', deadlineIso(deadline)]) {
            expect(text).not.toMatch(TIME);
          }
        }
      }),
      RUNS,
    );
  });

  it('the popup’s list chip and the guide’s timeline (React) show the very same date', () => {
    fc.assert(
      fc.property(deadlineArb, nowArb, (deadline, now) => {
        // The extension pages use the browser's locale and zone: the formatter's defaults.
        const view = deadlineView(deadline, now);
        const chip = renderToStaticMarkup(createElement(UrgencyChip, { urgency: deadline.urgency, deadline, now }));
        const timeline = renderToStaticMarkup(
          createElement(DeadlineTimeline, {
            deadlines: [{ ...deadline, key: 'k', ref: 'aliexpress:8100000000000001' }],
            now,
          }),
        );
        const text = (html: string) =>
          html
            .replace(/<[^>]+>/g, '')
            .replace(/&#x27;/g, "'")
            .replace(/&amp;/g, '&');
        expect(text(chip)).toContain(view.when);
        expect(text(timeline)).toContain(view.when);
        expect(text(timeline)).toContain(view.left);
      }),
      { numRuns: 150 },
    );
  });
});
