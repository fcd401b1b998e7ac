import type { CommonMessages } from '../en/common';

export const common: CommonMessages = {
  'app.name': 'Buyer Guard',
  'app.description':
    'Следит за сроками возврата денег и споров по вашим заказам на AliExpress и помогает собрать доказательства. Все данные остаются на вашем устройстве.',
  'common.days': '{count, plural, one {# день} few {# дня} many {# дней} other {# дня}}',
  'common.hours': '{count, plural, one {# час} few {# часа} many {# часов} other {# часа}}',
};
