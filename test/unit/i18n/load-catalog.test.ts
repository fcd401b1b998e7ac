import { describe, expect, it } from 'vitest';
import { CATALOGS } from '../../../lib/i18n/catalogs';
import { loadCatalog, loadedCatalog } from '../../../lib/i18n/load-catalog';
import { LOCALES } from '../../../lib/i18n/locales';
import { en } from '../../../lib/i18n/messages/en/index';

describe('loadCatalog: a page loads its buyer’s language alone', () => {
  it('has English at once (the fallback) and another language only once it was loaded', async () => {
    expect(loadedCatalog('en')).toBe(en);
    expect(loadedCatalog('pl')).toBeUndefined();
    const pending = loadCatalog('pl');
    expect(loadCatalog('pl')).toBe(pending);
    expect(await pending).toEqual(CATALOGS.pl);
    expect(loadedCatalog('pl')).toBe(await pending);
  });

  it.each(LOCALES)('loads the same %s catalog the worker holds', async (locale) => {
    expect(await loadCatalog(locale)).toEqual(CATALOGS[locale]);
  });
});
