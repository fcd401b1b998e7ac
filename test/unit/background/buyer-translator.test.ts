import { describe, expect, it, vi } from 'vitest';
import { buyerTranslator } from '../../../lib/background/buyer-translator';
import { writeSettings } from '../../../lib/background/settings-store';
import { CATALOGS } from '../../../lib/i18n/catalogs';
import { CATALOG_FILES, serveFiles, startEachTestWithEnglishOnly } from '../i18n/catalog-files-served';
import { freshDatabase } from './test-data';

// The worker words badges and reminders in the buyer's language, reading that language's file the first
// time it speaks it (its bundle holds English alone): never English when the file is there, and English,
// not silence, when it cannot be read.

startEachTestWithEnglishOnly();
let fetched: string[];
const serve = (available: boolean) => {
  fetched = serveFiles(available ? CATALOG_FILES : new Map());
};

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
