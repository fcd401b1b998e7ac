import type { Catalog } from './en';

export const ptBR: Catalog = {
  'app.name': 'Buyer Guard',
  'app.description':
    'Acompanha os prazos de reembolso e de disputa dos seus pedidos do AliExpress e ajuda a reunir provas. Tudo fica no seu dispositivo.',
  'settings.language.title': 'Idioma',
  'settings.language.label': 'Idioma do Buyer Guard',
  'settings.language.auto': 'Como no navegador ({language})',
  'settings.language.note':
    'Os textos que você envia ao AliExpress (mensagens ao vendedor, descrições de disputa) ficam em inglês, como a plataforma pede; a versão no seu idioma aparece ao lado.',
  'common.days': '{count, plural, one {# dia} other {# dias}}',
  'common.hours': '{count, plural, one {# hora} other {# horas}}',
};
