import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CATALOGS } from '../../lib/i18n/catalogs';
import { rememberCatalog } from '../../lib/i18n/load-catalog';
import { LOCALES } from '../../lib/i18n/locales';

// The built extension reads each language's catalog from its own file (lib/i18n/load-catalog.ts); the tests
// hold every catalog in their sources, so each language is at hand as if its file had been read.
for (const locale of LOCALES) rememberCatalog(locale, CATALOGS[locale]);

beforeEach(() => {
  fakeBrowser.reset();
});
