import type { NotifyMessages } from '../en/notify';

export const notify: NotifyMessages = {
  'notify.order': 'Bestellung {orderId}',
  'notify.nextStep': 'Nächster Schritt: {step}',
  'notify.openOrderPage': 'Bestellseite öffnen',
  'notify.openBuyerGuard': 'Buyer Guard öffnen',
  'notify.remindTomorrow': 'Morgen erinnern',
  'notify.ordersNeedAttention':
    '{count, plural, one {# Bestellung braucht Aufmerksamkeit} other {# Bestellungen brauchen Aufmerksamkeit}}',
  'notify.andMore': '{count, plural, one {…und # weitere} other {…und # weitere}}',
  'notify.toolbar.none': 'Buyer Guard',
  'notify.toolbar.urgent':
    '{count, plural, one {Buyer Guard: # Bestellung hat eine dringende oder abgelaufene Frist} other {Buyer Guard: # Bestellungen haben eine dringende oder abgelaufene Frist}}',
};
