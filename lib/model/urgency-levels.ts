/**
 * How near a deadline is, least to most urgent (lib/rules/urgency.ts decides). A plain list, apart from the
 * deadline schema (deadline.ts), so the popup's first screen counts and sorts by urgency without Zod.
 */
export const URGENCIES = ['none', 'upcoming', 'soon', 'urgent', 'overdue'] as const;
export type Urgency = (typeof URGENCIES)[number];
