import * as z from 'zod/mini';
import { lazy } from '../lazy';

/** Dispute lifecycle (normalised). The rules engine owns the transitions; readers only name what the page shows. */
export const disputeStatusSchema = lazy(() =>
  z.enum([
    'none',
    'opened',
    'seller-responded',
    'seller-accepted',
    'seller-rejected',
    'counter-offer',
    'escalated',
    'decided',
    'closed',
    'cancelled',
  ]),
);
export type DisputeStatus = z.infer<ReturnType<typeof disputeStatusSchema>>;
