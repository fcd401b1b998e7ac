import type { NotifyMessages } from '../en/notify';

export const notify: NotifyMessages = {
  'notify.order': 'Zamówienie {orderId}',
  'notify.nextStep': 'Następny krok: {step}',
  'notify.openOrderPage': 'Otwórz stronę zamówienia',
  'notify.openBuyerGuard': 'Otwórz Buyer Guard',
  'notify.remindTomorrow': 'Przypomnij jutro',
  'notify.ordersNeedAttention':
    '{count, plural, one {# zamówienie wymaga uwagi} few {# zamówienia wymagają uwagi} many {# zamówień wymaga uwagi} other {# zamówienia wymaga uwagi}}',
  'notify.andMore': '{count, plural, one {…i jeszcze #} few {…i jeszcze #} many {…i jeszcze #} other {…i jeszcze #}}',
  'notify.toolbar.none': 'Buyer Guard',
  'notify.toolbar.urgent':
    '{count, plural, one {Buyer Guard: # zamówienie ma pilny lub przekroczony termin} few {Buyer Guard: # zamówienia mają pilny lub przekroczony termin} many {Buyer Guard: # zamówień ma pilny lub przekroczony termin} other {Buyer Guard: # zamówienia ma pilny lub przekroczony termin}}',
};
