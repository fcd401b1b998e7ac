import type { Catalog } from './en';

export const fr: Catalog = {
  'app.name': 'Buyer Guard',
  'app.description':
    'Suit les délais de remboursement et de litige de vos commandes AliExpress et vous aide à réunir des preuves. Tout reste sur votre appareil.',
  'settings.language.title': 'Langue',
  'settings.language.label': 'Langue de Buyer Guard',
  'settings.language.auto': 'Comme le navigateur ({language})',
  'settings.language.note':
    'Les textes que vous envoyez à AliExpress (messages au vendeur, descriptions de litige) restent en anglais, comme le demande la plateforme ; leur version dans votre langue s’affiche à côté.',
  'common.days': '{count, plural, one {# jour} other {# jours}}',
  'common.hours': '{count, plural, one {# heure} other {# heures}}',
};
