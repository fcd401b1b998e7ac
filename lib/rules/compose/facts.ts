import type { DisputeCase, Offer } from '../../model/dispute';
import type { Order } from '../../model/order';
import type { Instant } from '../../model/time';
import { selectKey } from '../buyer-words';
import { localDateTimeToInstant } from '../zoned-time';
import { PLATFORM_LANGUAGE, type TextLanguage } from './text-language';

/** A dated fact for the texts ("Mar 1, 2026: shipped …"). */
export interface Fact {
  at: Instant;
  text: string;
}

/** "a partial refund of 2.00 USD", "to send the item again". */
export function offerWords(offer: Offer, language: TextLanguage = PLATFORM_LANGUAGE): string {
  return offer.amount === undefined || offer.resolution === 'resend'
    ? language.t('compose.offer', { resolution: selectKey(offer.resolution) })
    : language.t('compose.offerOf', { resolution: selectKey(offer.resolution), amount: language.money(offer.amount) });
}

/** The order's history as facts with dates, oldest first: what the platform reviewer checks. */
export function orderFacts(
  order: Order,
  dispute: DisputeCase | undefined,
  timeZone: string,
  language: TextLanguage = PLATFORM_LANGUAGE,
): Fact[] {
  const { t } = language;
  const facts: Fact[] = [];
  const add = (value: string | undefined, text: string) => {
    if (value !== undefined) facts.push({ at: localDateTimeToInstant(value, timeZone), text });
  };
  add(order.orderedOn, t('compose.fact.ordered'));
  add(
    order.paidOn,
    order.total === undefined
      ? t('compose.fact.paid')
      : t('compose.fact.paidAmount', { amount: language.money(order.total) }),
  );
  const carrier = [
    order.tracking?.carrier,
    order.tracking?.number && t('compose.fact.trackingNumber', { number: order.tracking.number }),
  ]
    .filter(Boolean)
    .join(t('compose.detailsSeparator'));
  add(order.shippedOn, carrier ? t('compose.fact.shippedWith', { carrier }) : t('compose.fact.shipped'));
  const lastEvent = order.tracking?.events?.at(-1);
  if (lastEvent !== undefined) {
    const at =
      lastEvent.at ?? (lastEvent.time === undefined ? undefined : localDateTimeToInstant(lastEvent.time, timeZone));
    if (at !== undefined) facts.push({ at, text: t('compose.fact.lastEvent', { description: lastEvent.description }) });
  }
  add(order.deliveredOn, t('compose.fact.delivered'));
  add(order.confirmedOn, t('compose.fact.confirmed'));
  if (dispute !== undefined) {
    if (dispute.openedAt !== undefined) {
      const asked = dispute.requestedResolution;
      facts.push({
        at: dispute.openedAt,
        text:
          asked === undefined
            ? t('compose.fact.disputeOpened')
            : t('compose.fact.disputeOpenedAsking', {
                resolution: t('compose.offer', { resolution: selectKey(asked) }),
              }),
      });
    }
    for (const offer of dispute.offers ?? []) {
      // An offer only a page showed has no known date: it is no dated fact.
      if (offer.from === 'buyer' || offer.at === undefined) continue;
      const answered = offer.response !== undefined && offer.response !== 'pending';
      facts.push({
        at: offer.at,
        text: answered
          ? t('compose.fact.proposedAnswered', {
              from: offer.from,
              offer: offerWords(offer, language),
              response: offer.response ?? 'pending',
            })
          : t('compose.fact.proposed', { from: offer.from, offer: offerWords(offer, language) }),
      });
    }
    if (dispute.escalatedAt !== undefined) facts.push({ at: dispute.escalatedAt, text: t('compose.fact.escalated') });
  }
  return facts.sort((a, b) => a.at - b.at);
}

export function factLines(
  facts: readonly Fact[],
  timeZone: string,
  language: TextLanguage = PLATFORM_LANGUAGE,
): string[] {
  return facts.map((fact) =>
    language.t('compose.fact.line', { date: language.day(fact.at, timeZone), text: fact.text }),
  );
}

/** "order 8100… (Wireless earbuds, store: Acme Store)". */
export function orderReference(order: Order, language: TextLanguage = PLATFORM_LANGUAGE): string {
  const { t } = language;
  const details = [order.items?.[0]?.title, order.store?.name && t('compose.store', { name: order.store.name })].filter(
    Boolean,
  );
  return details.length > 0
    ? t('compose.orderWith', { id: order.orderId, details: details.join(t('compose.detailsSeparator')) })
    : t('compose.order', { id: order.orderId });
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

/** The buyer's own words after a sentence of the text (they stay as written, in any language). */
export function withDetails(sentence: string, details: string | undefined): string {
  return details?.trim() ? `${sentence} ${details.trim()}` : sentence;
}
