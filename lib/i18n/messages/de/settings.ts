import type { SettingsMessages } from '../en/settings';

export const settings: SettingsMessages = {
  'settings.language.title': 'Sprache',
  'settings.language.label': 'Sprache von Buyer Guard',
  'settings.language.auto': 'Wie im Browser ({language})',
  'settings.language.note':
    'Texte, die Sie an AliExpress senden (Nachrichten an den Verkäufer, Streitfallbeschreibungen), bleiben auf Englisch, wie die Plattform es verlangt; die Fassung in Ihrer Sprache steht daneben.',
};
