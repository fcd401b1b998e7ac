import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { languageChoiceFrom, readLanguageChoice } from '../../../lib/db/read-language-choice';
import { readSettings, settingsFrom } from '../../../lib/db/read-settings';
import { LOCALES } from '../../../lib/i18n/locales';
import { defaultSettings, settingsSchema } from '../../../lib/model/settings';
import { freshDatabase } from '../background/test-data';

// Settings are read field by field: one damaged field reads as its default and the buyer's other choices
// stay. The popup reads the language alone, without the schema (read-language-choice.ts): both must give
// the same language for any stored value.

const DAY = 24 * 60 * 60 * 1000;

/** A valid settings record, every field chosen. */
const validSettings = fc.record({
  leadTimesMs: fc.array(fc.integer({ min: 0, max: 60 * DAY }), { maxLength: 5 }),
  notificationsEnabled: fc.boolean(),
  quietHours: fc.record({
    enabled: fc.boolean(),
    start: fc.constantFrom('22:00', '06:30', '00:00'),
    end: fc.constantFrom('08:00', '23:59'),
  }),
  paymentMethod: fc.constantFrom('unknown', 'paypal', 'card'),
  complaintList: fc.constantFrom('current', 'legacy'),
  language: fc.constantFrom('auto', ...LOCALES),
});

/** A value a stored record may hold: valid settings, some fields damaged, or anything at all. */
const storedValue = fc.oneof(
  validSettings,
  fc
    .tuple(
      validSettings,
      fc.dictionary(
        fc.constantFrom('leadTimesMs', 'quietHours', 'language', 'paymentMethod', 'notificationsEnabled'),
        fc.anything(),
      ),
    )
    .map(([settings, damage]) => ({ ...settings, ...damage })),
  fc.anything(),
);

describe('settingsFrom', () => {
  it('keeps every valid field when another is damaged', () => {
    const settings = settingsFrom({ language: 'de', notificationsEnabled: false, leadTimesMs: 'three days' });
    expect(settings.language).toBe('de');
    expect(settings.notificationsEnabled).toBe(false);
    expect(settings.leadTimesMs).toEqual(defaultSettings().leadTimesMs);
  });

  it('reads a whole valid record as it is, and nothing as the defaults', () => {
    expect(settingsFrom(undefined)).toEqual(defaultSettings());
    expect(settingsFrom('not settings')).toEqual(defaultSettings());
    expect(settingsFrom({ complaintList: 'legacy' })).toEqual({ ...defaultSettings(), complaintList: 'legacy' });
  });

  it('always gives settings the schema accepts, each field the stored one when it alone is valid', () => {
    fc.assert(
      fc.property(storedValue, (value) => {
        const settings = settingsFrom(value);
        expect(settingsSchema().safeParse(settings).success).toBe(true);
        const stored = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
        for (const [field, schema] of Object.entries(settingsSchema().shape)) {
          const alone = schema.safeParse(stored[field]);
          if (alone.success) expect(settings[field as keyof typeof settings]).toEqual(alone.data);
        }
      }),
    );
  });
});

describe('the language read alone', () => {
  it('is the language settingsFrom reads, for any stored value', () => {
    fc.assert(
      fc.property(storedValue, (value) => {
        expect(languageChoiceFrom(value)).toBe(settingsFrom(value).language);
      }),
    );
  });

  it('reads the stored record as readSettings does', async () => {
    const db = freshDatabase();
    expect(await readLanguageChoice(db)).toBe('auto');
    await db.settings.put({
      key: 'settings',
      value: { ...defaultSettings(), language: 'pl', leadTimesMs: [-1] } as never,
    });
    expect(await readLanguageChoice(db)).toBe('pl');
    expect((await readSettings(db)).language).toBe('pl');
  });
});
