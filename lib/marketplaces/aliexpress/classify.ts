import type { DisputeStatus } from '../../model/dispute-status';
import type { OrderAction, OrderStatus, TrackingStage } from '../../model/order';
import { ACTION_PHRASES, DISPUTE_PHRASES, STAGE_PHRASES, STATUS_PHRASES } from './labels';
import type { Phrases } from './languages';
import { classifyText, findPhrase } from './match-phrases';

export const STATUS_TABLE = Object.entries(STATUS_PHRASES) as Array<[OrderStatus, Phrases]>;
const ACTION_TABLE = Object.entries(ACTION_PHRASES) as Array<[OrderAction, Phrases]>;
const DISPUTE_TABLE = Object.entries(DISPUTE_PHRASES) as Array<[Exclude<DisputeStatus, 'none'>, Phrases]>;

/** The normalised order status a status text names, in any page language. */
export function statusFromText(text: string): OrderStatus | undefined {
  return classifyText(text, STATUS_TABLE)?.key;
}

/** The action a button label names ("Confirm received", "Подтвердить получение"). */
export function actionFromText(text: string): OrderAction | undefined {
  if (text.length > 48) return undefined;
  return classifyText(text, ACTION_TABLE)?.key;
}

/** The dispute state a text names ("Dispute in progress", "Reembolso completado"). */
export function disputeFromText(text: string): Exclude<DisputeStatus, 'none'> | undefined {
  return classifyText(text, DISPUTE_TABLE)?.key;
}

/** The stage a tracking event's wording describes; 'unknown' when no wording matches. */
export function stageFromText(text: string): TrackingStage {
  for (const [stage, phrases] of STAGE_PHRASES) if (findPhrase(text, phrases)) return stage;
  return 'unknown';
}

/** Order status codes of the JSON sources (`orderStatus`). */
const STATUS_CODES: Array<[RegExp, OrderStatus]> = [
  [/WAIT_BUYER_PAY|PLACE_ORDER_SUCCESS|UNPAID/, 'awaiting-payment'],
  [/WAIT_SELLER_SEND|WAIT_SEND|PAY_SUCCESS|RISK_CONTROL/, 'awaiting-shipment'],
  [/SELLER_PART_SEND|WAIT_BUYER_ACCEPT|SELLER_SEND_GOODS/, 'shipped'],
  [/FINISH|COMPLETE|CONFIRM/, 'completed'],
  [/CLOSE|CANCEL|TIMEOUT/, 'closed'],
];

export function statusFromCode(code: string): OrderStatus | undefined {
  const upper = code.toUpperCase();
  return STATUS_CODES.find(([pattern]) => pattern.test(upper))?.[1];
}
