import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../../lib/marketplaces/aliexpress/languages';
import { monthForms } from '../../../../lib/marketplaces/aliexpress/month-names';
import { foldText } from '../../../../lib/marketplaces/aliexpress/text';

/** What parse-date built with Intl on every page before the names became data: the forms next to a day number. */
function intlForms(locale: string): Map<string, number> {
  const forms = new Map<string, number>();
  for (const month of ['long', 'short'] as const) {
    const format = new Intl.DateTimeFormat(locale, { day: 'numeric', month, timeZone: 'UTC' });
    for (let index = 0; index < 12; index++) {
      const name = format.formatToParts(Date.UTC(2024, index, 15)).find((part) => part.type === 'month')?.value;
      if (name) forms.set(foldText(name).replace(/\.$/, ''), index + 1);
    }
  }
  return forms;
}

describe('month names kept as data', () => {
  it.each(LANGUAGES)('%s: every form Intl writes next to a day number, with its month', (language) => {
    const table = monthForms(language);
    const intl = intlForms(language);
    expect(intl.size).toBeGreaterThanOrEqual(12);
    for (const [form, month] of intl) expect([form, table.get(form)]).toEqual([form, month]);
  });

  it.each(LANGUAGES)('%s: twelve months, each with at least one form, none named twice', (language) => {
    const months = [...monthForms(language).values()];
    expect(new Set(months)).toEqual(new Set(Array.from({ length: 12 }, (_, index) => index + 1)));
  });

  it('knows no month for a language outside the table', () => {
    expect(monthForms('xx').size).toBe(0);
  });
});
