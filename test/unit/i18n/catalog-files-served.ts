import { afterEach, beforeEach, vi } from 'vitest';
import { catalogFiles } from '../../../lib/i18n/catalog-files';
import { CATALOGS } from '../../../lib/i18n/catalogs';
import { forgetLoadedCatalogs, rememberCatalog } from '../../../lib/i18n/load-catalog';
import { LOCALES } from '../../../lib/i18n/locales';

/** The catalog files the build writes, by path ("/i18n/es.json"). */
export const CATALOG_FILES: ReadonlyMap<string, string> = new Map(
  catalogFiles().map((file) => [`/${file.relativeDest}`, file.contents]),
);

/**
 * Serves `files` to `fetch` as the extension serves its own (404 for any other path) and returns the list
 * of paths asked for, filled in as they are asked.
 */
export function serveFiles(files: ReadonlyMap<string, string> = CATALOG_FILES): string[] {
  const fetched: string[] = [];
  vi.stubGlobal('fetch', async (url: string) => {
    const path = new URL(url).pathname;
    fetched.push(path);
    const contents = files.get(path);
    return contents === undefined ? new Response('', { status: 404 }) : new Response(contents);
  });
  return fetched;
}

/**
 * For a test file of the catalogs' loading: each test starts with English alone loaded, and ends with
 * `fetch` restored and every catalog at hand again, as test/unit/setup.ts leaves them for other files.
 */
export function startEachTestWithEnglishOnly(): void {
  beforeEach(() => forgetLoadedCatalogs());
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
    for (const locale of LOCALES) rememberCatalog(locale, CATALOGS[locale]);
  });
}
