import type { NotifyMessages } from '../en/notify';

export const notify: NotifyMessages = {
  'notify.order': 'Pedido {orderId}',
  'notify.nextStep': 'Próximo passo: {step}',
  'notify.openOrderPage': 'Abrir a página do pedido',
  'notify.openBuyerGuard': 'Abrir o Buyer Guard',
  'notify.remindTomorrow': 'Lembrar amanhã',
  'notify.ordersNeedAttention':
    '{count, plural, one {# pedido precisa de atenção} other {# pedidos precisam de atenção}}',
  'notify.andMore': '{count, plural, one {…e mais #} other {…e mais #}}',
  'notify.toolbar.none': 'Buyer Guard',
  'notify.toolbar.urgent':
    '{count, plural, one {Buyer Guard: # pedido tem um prazo urgente ou vencido} other {Buyer Guard: # pedidos têm um prazo urgente ou vencido}}',
};
