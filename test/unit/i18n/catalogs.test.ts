import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { CATALOGS } from '../../../lib/i18n/catalogs';
import { LOCALES } from '../../../lib/i18n/locales';
import { en } from '../../../lib/i18n/messages/en/index';

/** What a message needs from its caller and what its plurals cover, read off its ICU syntax. */
interface Shape {
  args: Set<string>;
  plurals: Array<{ arg: string; categories: string[] }>;
}

function shapeOf(message: string): Shape {
  const shape: Shape = { args: new Set(), plurals: [] };
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
      if (element.type === TYPE.tag) {
        walk(element.children);
        continue;
      }
      shape.args.add(element.value);
      if (element.type === TYPE.plural || element.type === TYPE.select) {
        if (element.type === TYPE.plural) {
          shape.plurals.push({ arg: element.value, categories: Object.keys(element.options) });
        }
        for (const option of Object.values(element.options)) walk(option.value);
      }
    }
  };
  walk(parse(message));
  return shape;
}

const KEYS = Object.keys(en).sort();

describe.each(LOCALES)('the %s catalog', (locale) => {
  const catalog = CATALOGS[locale] as Record<string, string>;
  // The forms a count Buyer Guard shows (days, hours, files, orders: 0 to 1,000) can take in this language.
  // (Spanish, French and Portuguese have a "many" form only for millions, which no count here reaches.)
  const rules = new Intl.PluralRules(locale);
  const required = [...new Set(Array.from({ length: 1001 }, (_, n) => rules.select(n)))];

  it('has exactly the English keys: none missing, none extra', () => {
    expect(Object.keys(catalog).sort()).toEqual(KEYS);
  });

  it.each(KEYS)('%s parses and asks for the same values as English', (key) => {
    const message = catalog[key];
    expect(typeof message === 'string' && message.trim().length > 0, `${locale} ${key} is empty`).toBe(true);
    const shape = shapeOf(message as string);
    expect([...shape.args].sort()).toEqual([...shapeOf(en[key as keyof typeof en]).args].sort());
    for (const plural of shape.plurals) {
      // Russian and Polish need one/few/many/other: a plural written with English's two forms reads wrong.
      for (const category of required) {
        expect(plural.categories, `${locale} ${key}: {${plural.arg}} lacks "${category}"`).toContain(category);
      }
    }
  });
});
