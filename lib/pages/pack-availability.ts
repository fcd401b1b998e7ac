/**
 * Whether "Download evidence pack" can be used, and why not: the pack holds the order's saved evidence,
 * so it waits for at least one saved file (files still pending are not in it). The reason is shown beside
 * the button, not only a greyed-out button.
 */
export type PackAvailability = { ready: true } | { ready: false; reason: 'no-saved-file' | 'packing' };

export function packAvailability(savedFiles: number, packing: boolean): PackAvailability {
  if (savedFiles < 1) return { ready: false, reason: 'no-saved-file' };
  if (packing) return { ready: false, reason: 'packing' };
  return { ready: true };
}
