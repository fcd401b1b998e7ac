import type { SettingsMessages } from '../en/settings';

export const settings: SettingsMessages = {
  'settings.language.title': 'Język',
  'settings.language.label': 'Język Buyer Guard',
  'settings.language.auto': 'Jak w przeglądarce ({language})',
  'settings.language.note':
    'Teksty wysyłane do AliExpress (wiadomości do sprzedawcy, opisy sporów) pozostają po angielsku, jak wymaga platforma; wersja w Twoim języku jest obok.',
};
