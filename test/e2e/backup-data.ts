/**
 * A Buyer Guard backup's JSON as a file holds it: the orders (raw, as any file could hold them, each
 * stored as seen now) and evidence metas. The one builder of backups for the end-to-end tests.
 */
export function backupJson(orders: Record<string, unknown>[], evidence: Record<string, unknown>[] = []): string {
  const now = Date.now();
  return JSON.stringify({
    format: 'buyer-guard-backup',
    formatVersion: 1,
    exportedAt: now,
    appVersion: '0.1.0',
    data: {
      orders: orders.map((order) => ({ order, firstSeenAt: now, lastSeenAt: now, updatedAt: now })),
      history: [],
      cases: [],
      journal: [],
      evidence,
    },
  });
}

/** A Buyer Guard backup (JSON) with simple shipped orders: how e2e tests seed many orders at once. */
export function backupWith(
  orders: { orderId: string; protectionEndsAt?: number; title?: string; store?: string }[],
): string {
  return backupJson(
    orders.map(({ orderId, protectionEndsAt, title, store }) => ({
      marketplace: 'aliexpress',
      orderId,
      status: 'shipped',
      store: { name: store ?? 'Gadget Store' },
      ...(title && { items: [{ title }] }),
      ...(protectionEndsAt && {
        timers: [{ kind: 'buyer-protection-ends', endsAt: protectionEndsAt, raw: 'Buyer protection countdown' }],
      }),
    })),
  );
}
