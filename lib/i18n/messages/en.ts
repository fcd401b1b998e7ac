/**
 * English, the source catalog: every other language has exactly these keys (a type error and a unit
 * test otherwise). Messages are ICU MessageFormat (plurals, selects, numbers) so each language states
 * its own plural forms — Russian and Polish need one/few/many/other. Keys read `area.thing`.
 */
export const en = {
  'app.name': 'Buyer Guard',
  'app.description':
    'Tracks refund and dispute deadlines on your AliExpress orders and helps you gather evidence. Everything stays on your device.',
  'settings.language.title': 'Language',
  'settings.language.label': 'Buyer Guard’s language',
  'settings.language.auto': 'As in the browser ({language})',
  'settings.language.note':
    'Texts you send to AliExpress (messages to the seller, dispute descriptions) stay in English, as the platform asks; your language’s version is shown beside them.',
  'common.days': '{count, plural, one {# day} other {# days}}',
  'common.hours': '{count, plural, one {# hour} other {# hours}}',
} as const;

export type MessageKey = keyof typeof en;
/** A catalog for one language: every key of the English one, nothing else. */
export type Catalog = Readonly<Record<MessageKey, string>>;
