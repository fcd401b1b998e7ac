import type { NotifyMessages } from '../en/notify';

export const notify: NotifyMessages = {
  'notify.order': 'Commande {orderId}',
  'notify.nextStep': 'Prochaine étape : {step}',
  'notify.openOrderPage': 'Ouvrir la page de la commande',
  'notify.openBuyerGuard': 'Ouvrir Buyer Guard',
  'notify.remindTomorrow': 'Me le rappeler demain',
  'notify.ordersNeedAttention':
    '{count, plural, one {# commande demande votre attention} other {# commandes demandent votre attention}}',
  'notify.andMore': '{count, plural, one {…et # autre} other {…et # autres}}',
  'notify.toolbar.none': 'Buyer Guard',
  'notify.toolbar.urgent':
    '{count, plural, one {Buyer Guard : # commande a une échéance urgente ou dépassée} other {Buyer Guard : # commandes ont une échéance urgente ou dépassée}}',
};
