import type { NotifyMessages } from '../en/notify';

export const notify: NotifyMessages = {
  'notify.order': 'Pedido {orderId}',
  'notify.nextStep': 'Siguiente paso: {step}',
  'notify.openOrderPage': 'Abrir la página del pedido',
  'notify.openBuyerGuard': 'Abrir Buyer Guard',
  'notify.remindTomorrow': 'Recordármelo mañana',
  'notify.ordersNeedAttention':
    '{count, plural, one {# pedido necesita atención} other {# pedidos necesitan atención}}',
  'notify.andMore': '{count, plural, one {…y # más} other {…y # más}}',
  'notify.toolbar.none': 'Buyer Guard',
  'notify.toolbar.urgent':
    '{count, plural, one {Buyer Guard: # pedido tiene un plazo urgente o vencido} other {Buyer Guard: # pedidos tienen un plazo urgente o vencido}}',
};
