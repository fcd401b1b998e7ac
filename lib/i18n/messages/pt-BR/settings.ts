import type { SettingsMessages } from '../en/settings';

export const settings: SettingsMessages = {
  'settings.language.title': 'Idioma',
  'settings.language.label': 'Idioma do Buyer Guard',
  'settings.language.auto': 'Como no navegador ({language})',
  'settings.language.note':
    'Os textos que você envia ao AliExpress (mensagens ao vendedor, descrições de disputa) ficam em inglês, como a plataforma pede; a versão no seu idioma aparece ao lado.',
};
