/** A Buyer Guard backup (JSON) with simple shipped orders: how e2e tests seed many orders at once. */
export function backupWith(
  orders: { orderId: string; protectionEndsAt?: number; title?: string; store?: string }[],
): string {
  const now = Date.now();
  return JSON.stringify({
    format: 'buyer-guard-backup',
    formatVersion: 1,
    exportedAt: now,
    appVersion: '0.1.0',
    data: {
      orders: orders.map(({ orderId, protectionEndsAt, title, store }) => ({
        order: {
          marketplace: 'aliexpress',
          orderId,
          status: 'shipped',
          store: { name: store ?? 'Gadget Store' },
          ...(title && { items: [{ title }] }),
          ...(protectionEndsAt && {
            timers: [{ kind: 'buyer-protection-ends', endsAt: protectionEndsAt, raw: 'Buyer protection countdown' }],
          }),
        },
        firstSeenAt: now,
        lastSeenAt: now,
        updatedAt: now,
      })),
      history: [],
      cases: [],
      journal: [],
      evidence: [],
    },
  });
}
