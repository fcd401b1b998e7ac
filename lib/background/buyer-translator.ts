import type { BuyerGuardDatabase } from '../db/database';
import { readSettings } from '../db/read-settings';
import { browserLanguageTags } from '../i18n/browser-languages';
import { loadCatalog } from '../i18n/load-catalog';
import { chooseLocale, DEFAULT_LOCALE } from '../i18n/locales';
import { type Translator, translatorFor } from '../i18n/translator';

/**
 * The translator for what the background writes for the buyer (notifications, badge texts, the advice
 * they name): the language chosen in settings, or the browser's. Read per use, so a changed setting
 * applies at once. Its catalog is loaded here, once per worker life, before anything is worded in it;
 * a catalog that cannot be read gives English rather than no reminder at all.
 */
export async function buyerTranslator(db: BuyerGuardDatabase): Promise<Translator> {
  const { language } = await readSettings(db);
  const locale = chooseLocale(language, browserLanguageTags());
  try {
    await loadCatalog(locale);
    // The language's one shared translator: its compiled messages serve every reading and reminder after.
    return translatorFor(locale);
  } catch (error) {
    console.error(error);
    return translatorFor(DEFAULT_LOCALE);
  }
}
