import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buyerTranslator } from '../../../lib/background/buyer-translator';
import { writeSettings } from '../../../lib/background/settings-store';
import { catalogFiles } from '../../../lib/i18n/catalog-files';
import { CATALOGS } from '../../../lib/i18n/catalogs';
import { forgetLoadedCatalogs, rememberCatalog } from '../../../lib/i18n/load-catalog';
import { LOCALES } from '../../../lib/i18n/locales';
import { freshDatabase } from './test-data';

// The worker words badges and reminders in the buyer's language, reading that language's file the first
// time it speaks it (its bundle holds English alone): never English when the file is there, and English,
// not silence, when it cannot be read.

const FILES = new Map(catalogFiles().map((file) => [`/${file.relativeDest}`, file.contents]));
let fetched: string[];

function serve(available: boolean) {
  fetched = [];
  vi.stubGlobal('fetch', async (url: string) => {
    const path = new URL(url).pathname;
    fetched.push(path);
    const contents = available ? FILES.get(path) : undefined;
    return contents === undefined ? new Response('', { status: 404 }) : new Response(contents);
  });
}

beforeEach(() => forgetLoadedCatalogs());

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  for (const locale of LOCALES) rememberCatalog(locale, CATALOGS[locale]);
});

describe('buyerTranslator', () => {
  it('reads the chosen language’s file once, then speaks it', async () => {
    serve(true);
    const db = freshDatabase();
    await writeSettings(db, { language: 'es' });
    const first = await buyerTranslator(db);
    expect(first.locale).toBe('es');
    expect(first.t('app.description')).toBe(CATALOGS.es['app.description']);
    expect((await buyerTranslator(db)).locale).toBe('es');
    expect(fetched).toEqual(['/i18n/es.json']);
  });

  it('speaks English, reads no file, when the buyer’s language is English', async () => {
    serve(true);
    const db = freshDatabase();
    await writeSettings(db, { language: 'en' });
    expect((await buyerTranslator(db)).t('app.name')).toBe(CATALOGS.en['app.name']);
    expect(fetched).toEqual([]);
  });

  it('falls back to English, and says why, when the language’s file cannot be read', async () => {
    serve(false);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const db = freshDatabase();
    await writeSettings(db, { language: 'de' });
    const words = await buyerTranslator(db);
    expect(words.locale).toBe('en');
    expect(words.t('app.description')).toBe(CATALOGS.en['app.description']);
    expect(error).toHaveBeenCalledWith(expect.objectContaining({ message: expect.stringContaining('de texts') }));
  });
});
