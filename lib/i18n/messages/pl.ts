import type { Catalog } from './en';

export const pl: Catalog = {
  'app.name': 'Buyer Guard',
  'app.description':
    'Pilnuje terminów zwrotu pieniędzy i sporów w Twoich zamówieniach na AliExpress i pomaga zebrać dowody. Wszystko zostaje na Twoim urządzeniu.',
  'settings.language.title': 'Język',
  'settings.language.label': 'Język Buyer Guard',
  'settings.language.auto': 'Jak w przeglądarce ({language})',
  'settings.language.note':
    'Teksty wysyłane do AliExpress (wiadomości do sprzedawcy, opisy sporów) pozostają po angielsku, jak wymaga platforma; wersja w Twoim języku jest obok.',
  'common.days': '{count, plural, one {# dzień} few {# dni} many {# dni} other {# dnia}}',
  'common.hours': '{count, plural, one {# godzina} few {# godziny} many {# godzin} other {# godziny}}',
};
