import type { DisputeCase, Offer } from '../../model/dispute';
import type { Order } from '../../model/order';
import type { Instant } from '../../model/time';
import { formatDay, formatMoney } from '../format';
import { localDateTimeToInstant } from '../zoned-time';

/** A dated fact for the texts ("Mar 1, 2026: shipped …"). */
export interface Fact {
  at: Instant;
  text: string;
}

const RESOLUTION_WORDS: Readonly<Record<Offer['resolution'], string>> = {
  'full-refund': 'a full refund',
  'partial-refund': 'a partial refund',
  'return-and-refund': 'a refund after returning the item',
  resend: 'to send the item again',
  other: 'another solution',
};

export function offerWords(offer: Offer): string {
  const amount = offer.amount === undefined ? '' : ` of ${formatMoney(offer.amount)}`;
  return `${RESOLUTION_WORDS[offer.resolution]}${offer.resolution === 'resend' ? '' : amount}`;
}

/** The order's history as facts with dates, oldest first: what the platform reviewer checks. */
export function orderFacts(order: Order, dispute: DisputeCase | undefined, timeZone: string): Fact[] {
  const facts: Fact[] = [];
  const add = (value: string | undefined, text: string) => {
    if (value !== undefined) facts.push({ at: localDateTimeToInstant(value, timeZone), text });
  };
  add(order.orderedOn, 'order placed');
  add(order.paidOn, `paid${order.total === undefined ? '' : ` ${formatMoney(order.total)}`}`);
  const carrier = [order.tracking?.carrier, order.tracking?.number && `tracking number ${order.tracking.number}`]
    .filter(Boolean)
    .join(', ');
  add(order.shippedOn, `shipped by the seller${carrier ? ` (${carrier})` : ''}`);
  const lastEvent = order.tracking?.events?.at(-1);
  if (lastEvent !== undefined) {
    const at =
      lastEvent.at ?? (lastEvent.time === undefined ? undefined : localDateTimeToInstant(lastEvent.time, timeZone));
    if (at !== undefined) facts.push({ at, text: `last tracking event: "${lastEvent.description}"` });
  }
  add(order.deliveredOn, 'tracking shows delivered');
  add(order.confirmedOn, 'receipt confirmed');
  if (dispute !== undefined) {
    const asked =
      dispute.requestedResolution === undefined ? '' : `, asking for ${RESOLUTION_WORDS[dispute.requestedResolution]}`;
    if (dispute.openedAt !== undefined) facts.push({ at: dispute.openedAt, text: `dispute opened${asked}` });
    for (const offer of dispute.offers ?? []) {
      // An offer only a page showed has no known date: it is no dated fact.
      if (offer.from === 'buyer' || offer.at === undefined) continue;
      const answer = offer.response === undefined || offer.response === 'pending' ? '' : ` (${offer.response} by me)`;
      facts.push({ at: offer.at, text: `${offer.from} proposed ${offerWords(offer)}${answer}` });
    }
    if (dispute.escalatedAt !== undefined)
      facts.push({ at: dispute.escalatedAt, text: 'dispute escalated to the platform' });
  }
  return facts.sort((a, b) => a.at - b.at);
}

export function factLines(facts: readonly Fact[], timeZone: string): string[] {
  return facts.map((fact) => `- ${formatDay(fact.at, timeZone)}: ${fact.text}`);
}

/** "order 8100… (Wireless earbuds, store: Acme Store)". */
export function orderReference(order: Order): string {
  const details = [order.items?.[0]?.title, order.store?.name && `store: ${order.store.name}`].filter(Boolean);
  return `order ${order.orderId}${details.length > 0 ? ` (${details.join(', ')})` : ''}`;
}

export function bulletList(lines: readonly string[]): string[] {
  return lines.map((line) => `- ${line}`);
}

/** Joins paragraphs, dropping empty ones. */
export function paragraphs(...blocks: (string | string[] | undefined | false)[]): string {
  return blocks
    .map((block) => (Array.isArray(block) ? block.join('\n') : block))
    .filter((block): block is string => typeof block === 'string' && block.trim() !== '')
    .join('\n\n');
}
