import type { CommonMessages } from '../en/common';

export const common: CommonMessages = {
  'app.name': 'Buyer Guard',
  'app.description':
    'Pilnuje terminów zwrotu pieniędzy i sporów w Twoich zamówieniach na AliExpress i pomaga zebrać dowody. Wszystko zostaje na Twoim urządzeniu.',
  'common.days': '{count, plural, one {# dzień} few {# dni} many {# dni} other {# dnia}}',
  'common.hours': '{count, plural, one {# godzina} few {# godziny} many {# godzin} other {# godziny}}',
};
