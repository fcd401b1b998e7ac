import * as z from 'zod/mini';
import { lazy } from '../lazy';
import { instantSchema, localDateSchema } from './time';
import { URGENCIES, type Urgency } from './urgency-levels';

/**
 * A deadline the buyer must not miss, as the deadline engine (lib/rules/) derives it and storage keeps
 * it. One deadline has one id (`kind`, unique per order), one name (`label`), one moment — an instant,
 * or a whole day in the buyer's zone — and one source:
 * - `page`: the marketplace page stated it (a countdown, or a date such as "before Dec 3");
 * - `page-rule`: a policy sentence of the page ("within 7 days of confirming receipt") applied to a
 *   date Buyer Guard knows (`statedAs` holds the sentence);
 * - `estimate`: a rule of lib/rules/catalog.ts computed it (`ruleId`).
 * Every view renders it through lib/format/deadline-format.ts, so it reads the same everywhere.
 */
export const deadlineKindSchema = lazy(() =>
  z.enum([
    'dispute-opens',
    'buyer-protection-ends',
    'dispute-window-closes',
    /**
     * No longer produced: the order completes at the very moment protection ends, so a page's
     * "confirms automatically in …" is read as `buyer-protection-ends` (one moment, one deadline).
     * Kept so settings and older stored rows still parse.
     */
    'auto-confirm',
    'seller-response-due',
    'escalation-possible',
    'escalation-due',
    'return-ship-by',
    'chargeback-window-closes',
    'chargeback-escalation-due',
    /** The page's own countdown for the buyer's answer to a seller's proposal in a dispute. */
    'buyer-response-due',
  ]),
);
export type DeadlineKind = z.infer<ReturnType<typeof deadlineKindSchema>>;

/** How close it is (urgency-levels.ts): drives badge colour, sorting and notifications. */
export const urgencySchema = lazy(() => z.enum(URGENCIES));
export type { Urgency };

export const deadlineSourceSchema = lazy(() => z.enum(['page', 'page-rule', 'estimate']));
export type DeadlineSource = z.infer<ReturnType<typeof deadlineSourceSchema>>;

/** The moment of a deadline: an instant, or a whole local day (docs/RULES.md "Time"). */
export const deadlineMomentSchema = lazy(() =>
  z.object({
    /**
     * The instant that decides, what urgency, sorting and reminders use. For a whole day: the end of
     * that day in the buyer's zone for a deadline (open until the day is over), its start for an
     * opening ("a dispute can be opened from Mar 12").
     */
    dueAt: instantSchema(),
    /** Set when the deadline is a whole day in the buyer's zone: views show the day, never a time. */
    dueOn: z.optional(localDateSchema()),
  }),
);
export type DeadlineMoment = z.infer<ReturnType<typeof deadlineMomentSchema>>;

export const deadlineSchema = lazy(() =>
  z.object({
    orderId: z.string(),
    kind: deadlineKindSchema(),
    ...deadlineMomentSchema().shape,
    source: deadlineSourceSchema(),
    /** Id of the rule behind it (see lib/rules/), shown to the buyer as "why this date". */
    ruleId: z.string(),
    /** The page's own words: the policy sentence of a page-stated rule, or the countdown/date as read. */
    statedAs: z.optional(z.string().check(z.maxLength(500))),
    /** What the catalog would give where the page's rule won (shown as the alternative). */
    alternative: z.optional(z.object({ ...deadlineMomentSchema().shape, ruleId: z.string() })),
    urgency: urgencySchema(),
    /** The deadline's one name ("Buyer protection ends"), English: lib/rules/deadline-names.ts. */
    label: z.string(),
  }),
);
export type Deadline = z.infer<ReturnType<typeof deadlineSchema>>;
