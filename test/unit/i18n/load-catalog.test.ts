import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CATALOGS } from '../../../lib/i18n/catalogs';
import { loadCatalog, loadedCatalog } from '../../../lib/i18n/load-catalog';
import { LOCALES } from '../../../lib/i18n/locales';
import { en } from '../../../lib/i18n/messages/en/index';
import { createTranslator, translatorFor } from '../../../lib/i18n/translator';
import { buyerWords } from '../../../lib/rules/buyer-words';
import { formatMoneyIn } from '../../../lib/rules/format';
import { CATALOG_FILES, serveFiles, startEachTestWithEnglishOnly } from './catalog-files-served';

// Each context reads only the languages it speaks, from the files the build writes (catalogFiles): the
// loader is tested here against those very files, served the way the extension serves them.

startEachTestWithEnglishOnly();
let fetched: string[];
beforeEach(() => {
  fetched = serveFiles();
});

describe('loadCatalog: a context loads its buyer’s language alone', () => {
  it('has English at once (the fallback, no file) and another language only once it was read', async () => {
    expect(loadedCatalog('en')).toBe(en);
    expect(await loadCatalog('en')).toBe(en);
    expect(loadedCatalog('pl')).toBeUndefined();
    const pending = loadCatalog('pl');
    expect(loadCatalog('pl')).toBe(pending);
    expect(await pending).toEqual(CATALOGS.pl);
    expect(loadedCatalog('pl')).toBe(await pending);
    expect(await loadCatalog('pl')).toBe(await pending);
    expect(fetched).toEqual(['/i18n/pl.json']);
  });

  it.each(LOCALES.filter((locale) => locale !== 'en'))('reads the very %s catalog from its file', async (locale) => {
    expect(await loadCatalog(locale)).toEqual(CATALOGS[locale]);
  });

  it('writes one file per language but English, and nothing else', () => {
    expect([...CATALOG_FILES.keys()].sort()).toEqual([
      '/i18n/de.json',
      '/i18n/es.json',
      '/i18n/fr.json',
      '/i18n/pl.json',
      '/i18n/pt-BR.json',
      '/i18n/ru.json',
    ]);
  });

  it('rejects a missing or damaged file with a reason, and reads it again on the next call', async () => {
    fetched = serveFiles(new Map([['/i18n/de.json', '["not", "texts"]']]));
    await expect(loadCatalog('de')).rejects.toThrow('The de texts file is damaged');
    await expect(loadCatalog('fr')).rejects.toThrow('The fr texts could not be read (404)');
    fetched = serveFiles(new Map([['/i18n/de.json', '{"app.name": 3}']]));
    await expect(loadCatalog('de')).rejects.toThrow('damaged');
    fetched = serveFiles();
    expect(await loadCatalog('de')).toEqual(CATALOGS.de);
    expect(fetched).toEqual(['/i18n/de.json']);
  });
});

describe('a translator before its language is loaded', () => {
  it('gives the rules layer English throughout (texts, money), kept only once the language is loaded', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const early = buyerWords('pl-PL');
    expect(early.language).toBe('en');
    expect(early.tag).toBe('en');
    expect(early.t('app.description')).toBe(en['app.description']);
    expect(early.money({ amount: 1234.5, currency: 'PLN' })).toBe(
      formatMoneyIn({ amount: 1234.5, currency: 'PLN' }, 'en'),
    );
    await loadCatalog('pl');
    const later = buyerWords('pl-PL');
    expect(later.language).toBe('pl');
    expect(later.tag).toBe('pl-PL');
    expect(later.t('app.description')).toBe(CATALOGS.pl['app.description']);
    expect(buyerWords('pl-PL')).toBe(later);
  });

  it('speaks English, says so, and is not kept in place of the language once loaded', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(createTranslator('ru').locale).toBe('en');
    expect(translatorFor('ru').locale).toBe('en');
    expect(translatorFor('ru').t('app.description')).toBe(en['app.description']);
    expect(warn).toHaveBeenCalled();
    await loadCatalog('ru');
    expect(translatorFor('ru').locale).toBe('ru');
    expect(translatorFor('ru').t('common.days', { count: 2 })).toBe(
      createTranslator('ru', CATALOGS.ru).t('common.days', { count: 2 }),
    );
  });
});
