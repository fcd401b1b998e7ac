/** Texts every part of Buyer Guard shares: its name, description, counts of time. */
export const common = {
  'app.name': 'Buyer Guard',
  'app.description':
    'Tracks refund and dispute deadlines on your AliExpress orders and helps you gather evidence. Everything stays on your device.',
  'common.days': '{count, plural, one {# day} other {# days}}',
  'common.hours': '{count, plural, one {# hour} other {# hours}}',
} as const;

export type CommonMessages = Readonly<Record<keyof typeof common, string>>;
