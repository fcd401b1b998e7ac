import type { BuyerGuardDatabase } from '../db/database';
import { readSettings } from '../db/read-settings';
import { browserLanguageTags } from '../i18n/browser-languages';
import { chooseLocale } from '../i18n/locales';
import { createTranslator, type Translator } from '../i18n/translator';

/**
 * The translator for what the background writes for the buyer (notifications, badge texts): the
 * language chosen in settings, or the browser's. Read per use, so a changed setting applies at once.
 */
export async function buyerTranslator(db: BuyerGuardDatabase): Promise<Translator> {
  const { language } = await readSettings(db);
  return createTranslator(chooseLocale(language, browserLanguageTags()));
}
