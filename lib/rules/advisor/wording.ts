import { dayOfInstant, deadlineDate } from '../../format/deadline-format';
import type { Instant } from '../../model/time';
import type { Advice } from '../advice';
import { formatMoney } from '../format';
import type { RefundSuggestion } from '../refund';
import type { Dated } from '../timeline';
import type { Situation } from './situation';

/**
 * How the advice words dates and amounts. Dates go through the one deadline formatter, in the buyer's
 * locale and zone, so a date in a sentence is the very date the deadline list shows.
 */

const SOURCE_NOTE: Readonly<Record<Dated['source'], string>> = {
  page: 'as the order page states',
  'page-rule': 'by the rule the order page states',
  estimate: 'estimated',
};

/**
 * A deadline's date with where it comes from ("Dec 3, 3:29 PM (as the order page states)"); a whole day
 * is the day alone. An instant that is no deadline (a decision, an expected refund) reads as its day.
 */
export function day(s: Situation, dated: Dated | Instant): string {
  const options = { timeZone: s.timeZone, ...(s.locale !== undefined && { locale: s.locale }) };
  if (typeof dated === 'number') return dayOfInstant(dated, s.now, options);
  const date = deadlineDate({ dueAt: dated.at, ...(dated.on !== undefined && { dueOn: dated.on }) }, s.now, options);
  return `${date} (${SOURCE_NOTE[dated.source]})`;
}

export function until(dated: Dated | undefined): Pick<Advice, 'until' | 'untilSource'> {
  return dated === undefined ? {} : { until: dated.at, untilSource: dated.source };
}

export function refundText(refund: RefundSuggestion | undefined): string {
  if (refund === undefined) return 'a refund';
  const amount = refund.amount === undefined ? '' : ` of ${formatMoney(refund.amount)}`;
  return `a ${refund.resolution === 'full-refund' ? 'full' : 'partial'} refund${amount}`;
}

export function evidenceList(s: Situation): string {
  return (s.missing ?? []).map((item) => item.what.toLowerCase()).join('; ');
}

export function providerName(provider: 'paypal' | 'card' | undefined): string {
  return provider === 'paypal' ? 'PayPal' : 'your bank';
}
