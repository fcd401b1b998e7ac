import type { SettingsMessages } from '../en/settings';

export const settings: SettingsMessages = {
  'settings.language.title': 'Langue',
  'settings.language.label': 'Langue de Buyer Guard',
  'settings.language.auto': 'Comme le navigateur ({language})',
  'settings.language.note':
    'Les textes que vous envoyez à AliExpress (messages au vendeur, descriptions de litige) restent en anglais, comme le demande la plateforme ; leur version dans votre langue s’affiche à côté.',
};
