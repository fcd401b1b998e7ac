import { CATALOGS } from './catalogs';
import { LOCALE_MESSAGE, LOCALES, type Locale } from './locales';

/** The folder name the browser expects under `_locales/` (underscore, not hyphen: pt_BR). */
export function manifestLocaleFolder(locale: Locale): string {
  return locale.replace('-', '_');
}

/**
 * The `_locales/<lang>/messages.json` files for the manifest's name, description and toolbar title,
 * generated from the same catalogs as every other text so the store listing never drifts from the UI.
 * Each also names its own language (`localeCode`), so the extension's texts follow the very language
 * the browser chose for its name. A plain `pt` folder makes every Portuguese browser land on pt-BR
 * (the browser tries pt_PT, then pt, then the default).
 */
export function manifestLocaleFiles(): Array<{ relativeDest: string; contents: string }> {
  const folders: Array<[folder: string, locale: Locale]> = LOCALES.map((locale) => [
    manifestLocaleFolder(locale),
    locale,
  ]);
  folders.push(['pt', 'pt-BR']);
  return folders.map(([folder, locale]) => {
    const catalog = CATALOGS[locale];
    const messages = {
      extName: { message: catalog['app.name'] },
      extDescription: { message: catalog['app.description'] },
      [LOCALE_MESSAGE]: { message: locale },
    };
    return { relativeDest: `_locales/${folder}/messages.json`, contents: `${JSON.stringify(messages, null, 2)}\n` };
  });
}
