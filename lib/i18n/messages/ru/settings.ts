import type { SettingsMessages } from '../en/settings';

export const settings: SettingsMessages = {
  'settings.language.title': 'Язык',
  'settings.language.label': 'Язык Buyer Guard',
  'settings.language.auto': 'Как в браузере ({language})',
  'settings.language.note':
    'Тексты для AliExpress (сообщения продавцу, описания споров) остаются на английском, как требует платформа; их версия на вашем языке показана рядом.',
};
