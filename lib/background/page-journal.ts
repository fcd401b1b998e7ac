import type { JournalRow, OrderRef } from '../db/records';
import type { JournalEntry } from '../model/journal';
import type { DisputeOnPage } from '../model/order';
import { isValidTimeZone, localDateTimeToInstant } from '../rules/zoned-time';

/**
 * Journal entries Buyer Guard writes from what a dispute page showed (`source: 'page'`): the dispute opened,
 * the seller's proposal, a refusal, the escalation, the platform's decision, the end of the case. The dispute
 * case is folded from the journal (lib/rules/dispute-from-journal.ts), so the guide acts on what the page
 * shows without the buyer typing it in.
 *
 * Each entry's id is made of the fact it records, never of the time: the same reading twice, or a page
 * showing the same proposal on every visit, adds nothing. A new fact (another proposal, a decision) adds one.
 */

type Draft = Omit<JournalEntry, 'id' | 'orderId' | 'at' | 'source'> & { key: string };

function openedAt(dispute: DisputeOnPage, now: number, timeZone: string): number | undefined {
  if (!dispute.openedOn || !isValidTimeZone(timeZone)) return undefined;
  try {
    const at = localDateTimeToInstant(dispute.openedOn, timeZone);
    return at <= now ? at : undefined;
  } catch {
    return undefined;
  }
}

function moneyKey(money: { amount: number; currency: string } | undefined): string {
  return money ? `${money.amount}${money.currency}` : '';
}

/**
 * What the page states, as journal drafts in the order the case went through them. Keys name the fact, not
 * its wording: My Orders ("Seller proposed: resend the item") and the case page ("Seller's proposal: Resend
 * the item") state the same proposal. Only the opening names the case, so a reopened case opens anew.
 */
function draftsOf(dispute: DisputeOnPage): Draft[] {
  const drafts: Draft[] = [];
  drafts.push({
    key: `dispute-opened:${dispute.id ?? 'case'}`,
    kind: 'dispute-opened',
    ...(dispute.reason && { reason: dispute.reason }),
    ...(dispute.requestedResolution && { resolution: dispute.requestedResolution }),
    ...(dispute.refundAmount && { amount: dispute.refundAmount }),
    ...(dispute.reasonText && { text: dispute.reasonText }),
  });
  const { offer } = dispute;
  if (offer && offer.from === 'seller') {
    drafts.push({
      key: `offer-received:${offer.resolution}:${moneyKey(offer.amount)}`,
      kind: 'offer-received',
      resolution: offer.resolution,
      ...(offer.amount && { amount: offer.amount }),
      ...(offer.returnPostagePaidBy && { returnPostagePaidBy: offer.returnPostagePaidBy }),
      text: offer.raw,
    });
  }
  if (dispute.status === 'seller-rejected')
    drafts.push({
      key: 'seller-rejected',
      kind: 'seller-rejected',
      ...(dispute.statusText && { text: dispute.statusText }),
    });
  if (dispute.escalation === 'escalated' || dispute.status === 'escalated')
    drafts.push({ key: 'escalated', kind: 'escalated' });
  const { decision } = dispute;
  if (decision)
    drafts.push({
      key: `decision:${decision.outcome}:${moneyKey(decision.refund)}`,
      kind: 'decision',
      outcome: decision.outcome,
      ...(decision.refund && { amount: decision.refund }),
      ...(decision.returnRequired !== undefined && { returnRequired: decision.returnRequired }),
      ...(decision.appealable !== undefined && { appealable: decision.appealable }),
      text: decision.raw,
    });
  if (dispute.status === 'closed')
    drafts.push({
      key: 'dispute-closed',
      kind: 'dispute-closed',
      ...(dispute.statusText && { text: dispute.statusText }),
    });
  if (dispute.status === 'cancelled')
    drafts.push({
      key: 'dispute-cancelled',
      kind: 'dispute-cancelled',
      ...(dispute.statusText && { text: dispute.statusText }),
    });
  return drafts;
}

/** The id of a page entry: the order and the fact. */
export function pageEntryId(orderId: string, key: string): string {
  return `page:${orderId}:${key}`.slice(0, 200);
}

/**
 * The entries to add for an order whose page showed `dispute`, given its journal so far. A dispute the buyer
 * already recorded as opened is not opened again (a second "dispute opened" would start a new case). A case
 * not yet in the journal is opened only with the time the page states for it ("Opened on …"); without it
 * nothing is written (My Orders' "Dispute in progress" names no day) and the rules engine works from the
 * page's own countdowns. Other entries are stamped with the reading time, a millisecond apart so they keep
 * the case's order.
 */
export function pageJournalEntries(input: {
  ref: OrderRef;
  orderId: string;
  dispute: DisputeOnPage | undefined;
  journal: readonly JournalRow[];
  now: number;
  timeZone: string;
}): JournalRow[] {
  const { ref, orderId, dispute, journal, now, timeZone } = input;
  if (!dispute || dispute.status === 'none') return [];
  const known = new Set(journal.map((entry) => entry.id));
  const openings = journal.filter((entry) => entry.kind === 'dispute-opened');
  const pageCases = openings.filter((entry) => entry.source === 'page').map((entry) => entry.id);
  // A dispute already recorded as opened (by the buyer, or from a page that named no case id) is this case;
  // only a page case with another id than the ones recorded is a reopened dispute.
  const reopened =
    dispute.id !== undefined &&
    pageCases.length > 0 &&
    pageCases.length === openings.length &&
    pageCases.every((id) => !id.endsWith(':case'));
  const opensCase = openings.length === 0 || reopened;
  // When the case began is what its estimates count from (the seller's days to answer, escalation): a case
  // whose opening the page does not state is left to the page's own countdowns, never dated "now".
  const opened = openedAt(dispute, now, timeZone);
  if (opensCase && opened === undefined) return [];
  const fresh = draftsOf(dispute).filter((draft) => {
    if (known.has(pageEntryId(orderId, draft.key))) return false;
    return draft.kind !== 'dispute-opened' || opensCase;
  });
  const latest = journal.reduce((max, entry) => Math.max(max, entry.at), opened ?? 0);
  // Always a millisecond apart, also after an opening or entry that is not behind `now` (a page's day in
  // another zone): entries at one instant would fold in whatever order they are read back (by id).
  const first = Math.max(now - (fresh.length - 1), latest + 1);
  return fresh.map(({ key, ...entry }, index) => {
    const stamped = entry.kind === 'dispute-opened' && opened !== undefined ? opened : first + index;
    return { ...entry, id: pageEntryId(orderId, key), orderId, ref, at: stamped, source: 'page' };
  });
}
