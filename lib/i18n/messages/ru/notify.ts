import type { NotifyMessages } from '../en/notify';

export const notify: NotifyMessages = {
  'notify.order': 'Заказ {orderId}',
  'notify.nextStep': 'Следующий шаг: {step}',
  'notify.openOrderPage': 'Открыть страницу заказа',
  'notify.openBuyerGuard': 'Открыть Buyer Guard',
  'notify.remindTomorrow': 'Напомнить завтра',
  'notify.ordersNeedAttention':
    '{count, plural, one {# заказ требует внимания} few {# заказа требуют внимания} many {# заказов требуют внимания} other {# заказа требуют внимания}}',
  'notify.andMore': '{count, plural, one {…и ещё #} few {…и ещё #} many {…и ещё #} other {…и ещё #}}',
  'notify.toolbar.none': 'Buyer Guard',
  'notify.toolbar.urgent':
    '{count, plural, one {Buyer Guard: у # заказа срочный или просроченный срок} few {Buyer Guard: у # заказов срочный или просроченный срок} many {Buyer Guard: у # заказов срочный или просроченный срок} other {Buyer Guard: у # заказа срочный или просроченный срок}}',
};
