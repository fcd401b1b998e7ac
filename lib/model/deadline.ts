import * as z from 'zod/mini';
import { instantSchema } from './time';

/**
 * A deadline the buyer must not miss, as the deadline engine (lib/rules/) derives it and
 * storage indexes it. `source: 'page'` means the marketplace page stated it (a countdown or
 * a date); 'estimate' means a rule computed it. A page-stated deadline always wins.
 */
export const deadlineKindSchema = z.enum([
  'dispute-opens',
  'buyer-protection-ends',
  'dispute-window-closes',
  'auto-confirm',
  'seller-response-due',
  'escalation-possible',
  'escalation-due',
  'return-ship-by',
  'chargeback-window-closes',
  'chargeback-escalation-due',
  /** The page's own countdown for the buyer's answer to a seller's proposal in a dispute. */
  'buyer-response-due',
]);
export type DeadlineKind = z.infer<typeof deadlineKindSchema>;

/** How close it is: drives badge colour, sorting and notifications. */
export const urgencySchema = z.enum(['none', 'upcoming', 'soon', 'urgent', 'overdue']);
export type Urgency = z.infer<typeof urgencySchema>;

export const deadlineSchema = z.object({
  orderId: z.string(),
  kind: deadlineKindSchema,
  dueAt: instantSchema,
  source: z.enum(['page', 'estimate']),
  /** Id of the rule constant that produced it (see lib/rules/), shown to the buyer as "why this date". */
  ruleId: z.string(),
  urgency: urgencySchema,
  /** Short human text ("Buyer protection ends"), English. */
  label: z.string(),
});
export type Deadline = z.infer<typeof deadlineSchema>;
