/**
 * What one side of a dispute proposes, as a plain list (no Zod) so the order model (zod/mini, content
 * script) and the dispute model (full Zod) share it. `resend` is the seller's classic "I will send it again".
 */
export const RESOLUTIONS = ['full-refund', 'partial-refund', 'return-and-refund', 'resend', 'other'] as const;
export type Resolution = (typeof RESOLUTIONS)[number];
