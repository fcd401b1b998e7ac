// @vitest-environment node
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { de } from '../../../lib/i18n/messages/de/index';
import { en } from '../../../lib/i18n/messages/en/index';
import { catalogsAsJson } from '../../../scripts/i18n/catalogs-as-json';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const plugin = catalogsAsJson();
const load = (file: string) =>
  (plugin.load as (id: string) => string | null).call({}, path.join(ROOT, file)) ?? undefined;

/** Evaluates a generated ES module's body (its `export const` as a plain const) and returns `name`. */
function evaluate(code: string, name: string, scope: Record<string, unknown> = {}): unknown {
  const body = code.replace(/^import .*$/m, '').replace(/^export const /m, 'const ');
  return new Function(...Object.keys(scope), `${body}\nreturn ${name};`)(...Object.values(scope));
}

describe('catalogs as JSON in the build', () => {
  it('spells a language module as JSON.parse of the very same catalog', () => {
    const code = load('lib/i18n/messages/de/index.ts');
    expect(code).toMatch(/^export const de = JSON\.parse\(/);
    expect(evaluate(code ?? '', 'de')).toEqual(de);
  });

  it('spells English, the catalog every bundle holds, the same way', () => {
    const code = load('lib/i18n/messages/en/index.ts');
    expect(code).toMatch(/^export const en = JSON\.parse\(/);
    expect(evaluate(code ?? '', 'en')).toEqual(en);
  });

  it('leaves every other module to the bundler', () => {
    expect(load('lib/i18n/locales.ts')).toBeUndefined();
    expect(load('lib/i18n/messages/de/list.ts')).toBeUndefined();
  });
});
