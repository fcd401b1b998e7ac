import type { Catalog } from './en';

export const ru: Catalog = {
  'app.name': 'Buyer Guard',
  'app.description':
    'Следит за сроками возврата денег и споров по вашим заказам на AliExpress и помогает собрать доказательства. Все данные остаются на вашем устройстве.',
  'settings.language.title': 'Язык',
  'settings.language.label': 'Язык Buyer Guard',
  'settings.language.auto': 'Как в браузере ({language})',
  'settings.language.note':
    'Тексты для AliExpress (сообщения продавцу, описания споров) остаются на английском, как требует платформа; их версия на вашем языке показана рядом.',
  'common.days': '{count, plural, one {# день} few {# дня} many {# дней} other {# дня}}',
  'common.hours': '{count, plural, one {# час} few {# часа} many {# часов} other {# часа}}',
};
