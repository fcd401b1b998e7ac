import type { SettingsMessages } from '../en/settings';

export const settings: SettingsMessages = {
  'settings.language.title': 'Idioma',
  'settings.language.label': 'Idioma de Buyer Guard',
  'settings.language.auto': 'Como el navegador ({language})',
  'settings.language.note':
    'Los textos que envías a AliExpress (mensajes al vendedor, descripciones de disputas) quedan en inglés, como pide la plataforma; la versión en tu idioma aparece al lado.',
};
