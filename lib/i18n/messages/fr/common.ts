import type { CommonMessages } from '../en/common';

export const common: CommonMessages = {
  'app.name': 'Buyer Guard',
  'app.description':
    'Suit les délais de remboursement et de litige de vos commandes AliExpress et vous aide à réunir des preuves. Tout reste sur votre appareil.',
  'common.days': '{count, plural, one {# jour} other {# jours}}',
  'common.hours': '{count, plural, one {# heure} other {# heures}}',
};
