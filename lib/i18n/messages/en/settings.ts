/** The settings page: language, reminders, rules and payment, data, permissions. */
export const settings = {
  'settings.language.title': 'Language',
  'settings.language.label': 'Buyer Guard’s language',
  'settings.language.auto': 'As in the browser ({language})',
  'settings.language.note':
    'Texts you send to AliExpress (messages to the seller, dispute descriptions) stay in English, as the platform asks; your language’s version is shown beside them.',
} as const;

export type SettingsMessages = Readonly<Record<keyof typeof settings, string>>;
