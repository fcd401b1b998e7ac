import type { Order } from '../../model/order';
import type { Problem } from '../../model/problem';
import type { ComplaintChoice } from '../complaints';
import { COMPLAINT_EVIDENCE_LIMITS } from '../evidence-limits';
import { bulletList, orderReference, paragraphs } from './facts';
import { capitalise, PROBLEM_PHRASES } from './problem-phrases';

export interface ComplaintTextInput {
  order: Order;
  problem: Problem;
  complaint: ComplaintChoice;
  evidence?: readonly string[];
}

/**
 * A report for the Complaint Center: the category and sub-type to pick, the store and product links,
 * what happened, the evidence (the form takes at most 5 files of 5 MB). English, as the form asks.
 */
export function composeComplaintText({ order, problem, complaint, evidence = [] }: ComplaintTextInput): string {
  const links = [
    order.store && `Store: ${order.store.name}${order.store.url ? ` (${order.store.url})` : ''}`,
    order.items?.[0]?.productUrl && `Product: ${order.items[0].productUrl}`,
    `Order number: ${order.orderId}`,
  ].filter((line): line is string => typeof line === 'string');
  const category = `${complaint.category.label}${complaint.subType ? ` — ${complaint.subType.label}` : ''}`;
  const shown = evidence.slice(0, COMPLAINT_EVIDENCE_LIMITS.maxFiles);
  return paragraphs(
    `Complaint type: ${category}`,
    links,
    `${capitalise(PROBLEM_PHRASES[problem.reason])} (${orderReference(order)}).${problem.details ? ` ${problem.details.trim()}` : ''}`,
    shown.length > 0 && ['Evidence attached:', ...bulletList(shown)],
    'Please review this seller’s conduct.',
  );
}
