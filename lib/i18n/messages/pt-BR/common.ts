import type { CommonMessages } from '../en/common';

export const common: CommonMessages = {
  'app.name': 'Buyer Guard',
  'app.description':
    'Acompanha os prazos de reembolso e de disputa dos seus pedidos do AliExpress e ajuda a reunir provas. Tudo fica no seu dispositivo.',
  'common.days': '{count, plural, one {# dia} other {# dias}}',
  'common.hours': '{count, plural, one {# hora} other {# horas}}',
};
