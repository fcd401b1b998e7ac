import { z } from 'zod';
import * as zm from 'zod/mini';
import { LOCALES } from '../i18n/locales';
import { lazy } from '../lazy';
import { deadlineKindSchema } from './deadline';
import { dayCountSchema, durationMsSchema } from './time';

const DAY_MS = 24 * 60 * 60 * 1000;
const hhmm = () => z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:mm');

/**
 * The buyer's preferences. Every field has a default, so a partial or older settings record still parses.
 * Built on first use (lib/lazy.ts): the worker and the popup import it, and a start rarely needs it.
 */
export const settingsSchema = lazy(() =>
  z.object({
    /** How long before a deadline to remind, in ms (default: 3 days and 1 day before). */
    leadTimesMs: z
      .array(durationMsSchema().check(zm.lte(60 * DAY_MS)))
      .max(5)
      .default([3 * DAY_MS, DAY_MS]),
    notificationsEnabled: z.boolean().default(true),
    /** No notifications between start and end (local time); reminders due then wait until `end`. */
    quietHours: z
      .object({ enabled: z.boolean().default(false), start: hhmm().default('22:00'), end: hhmm().default('08:00') })
      .default({ enabled: false, start: '22:00', end: '08:00' }),
    /** Deadline kinds to remind about; all by default. */
    trackedDeadlines: z.array(deadlineKindSchema()).default([...deadlineKindSchema().options]),
    /** Payment route, for the chargeback windows (PayPal: 180 days + 20 to escalate). */
    paymentMethod: z.enum(['unknown', 'paypal', 'card']).default('unknown'),
    /** A documented alternative value for a timing rule (lib/rules/catalog.ts), e.g. 120-day protection in Brazil. */
    ruleOverrides: z.record(z.string().max(80), dayCountSchema()).default({}),
    /** Which complaint form the buyer sees: the current one, or the older one with "Trading rules violations". */
    complaintList: z.enum(['current', 'legacy']).default('current'),
    /** The language of Buyer Guard's own texts: 'auto' follows the browser (lib/i18n/locales.ts). */
    language: z.enum(['auto', ...LOCALES]).default('auto'),
  }),
);
export type Settings = z.infer<ReturnType<typeof settingsSchema>>;

/** Every setting at its default (the schema's defaults: one source). */
export const defaultSettings = lazy((): Settings => settingsSchema().parse({}));
