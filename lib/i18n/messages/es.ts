import type { Catalog } from './en';

export const es: Catalog = {
  'app.name': 'Buyer Guard',
  'app.description':
    'Controla los plazos de reembolso y de disputa de tus pedidos de AliExpress y te ayuda a reunir pruebas. Todo se queda en tu dispositivo.',
  'settings.language.title': 'Idioma',
  'settings.language.label': 'Idioma de Buyer Guard',
  'settings.language.auto': 'Como el navegador ({language})',
  'settings.language.note':
    'Los textos que envías a AliExpress (mensajes al vendedor, descripciones de disputas) quedan en inglés, como pide la plataforma; la versión en tu idioma aparece al lado.',
  'common.days': '{count, plural, one {# día} other {# días}}',
  'common.hours': '{count, plural, one {# hora} other {# horas}}',
};
