import type { CommonMessages } from '../en/common';

export const common: CommonMessages = {
  'app.name': 'Buyer Guard',
  'app.description':
    'Behält die Erstattungs- und Streitfristen Ihrer AliExpress-Bestellungen im Blick und hilft beim Sammeln von Belegen. Alles bleibt auf Ihrem Gerät.',
  'common.days': '{count, plural, one {# Tag} other {# Tage}}',
  'common.hours': '{count, plural, one {# Stunde} other {# Stunden}}',
};
