/** Notifications and the toolbar badge's title. */
export const notify = {
  'notify.order': 'Order {orderId}',
  'notify.nextStep': 'Next step: {step}',
  'notify.openOrderPage': 'Open order page',
  'notify.openBuyerGuard': 'Open Buyer Guard',
  'notify.remindTomorrow': 'Remind me tomorrow',
  'notify.ordersNeedAttention': '{count, plural, one {# order needs attention} other {# orders need attention}}',
  'notify.andMore': '{count, plural, one {…and # more} other {…and # more}}',
  'notify.toolbar.none': 'Buyer Guard',
  'notify.toolbar.urgent':
    '{count, plural, one {Buyer Guard: # order has an urgent or overdue deadline} other {Buyer Guard: # orders have an urgent or overdue deadline}}',
} as const;

export type NotifyMessages = Readonly<Record<keyof typeof notify, string>>;
