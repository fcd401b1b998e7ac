import type { CommonMessages } from '../en/common';

export const common: CommonMessages = {
  'app.name': 'Buyer Guard',
  'app.description':
    'Controla los plazos de reembolso y de disputa de tus pedidos de AliExpress y te ayuda a reunir pruebas. Todo se queda en tu dispositivo.',
  'common.days': '{count, plural, one {# día} other {# días}}',
  'common.hours': '{count, plural, one {# hora} other {# horas}}',
};
