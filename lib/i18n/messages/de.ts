import type { Catalog } from './en';

export const de: Catalog = {
  'app.name': 'Buyer Guard',
  'app.description':
    'Behält die Erstattungs- und Streitfristen Ihrer AliExpress-Bestellungen im Blick und hilft beim Sammeln von Belegen. Alles bleibt auf Ihrem Gerät.',
  'settings.language.title': 'Sprache',
  'settings.language.label': 'Sprache von Buyer Guard',
  'settings.language.auto': 'Wie im Browser ({language})',
  'settings.language.note':
    'Texte, die Sie an AliExpress senden (Nachrichten an den Verkäufer, Streitfallbeschreibungen), bleiben auf Englisch, wie die Plattform es verlangt; die Fassung in Ihrer Sprache steht daneben.',
  'common.days': '{count, plural, one {# Tag} other {# Tage}}',
  'common.hours': '{count, plural, one {# Stunde} other {# Stunden}}',
};
