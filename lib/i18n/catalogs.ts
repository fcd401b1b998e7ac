import type { Locale } from './locales';
import { de } from './messages/de/index';
import { type Catalog, en } from './messages/en/index';
import { es } from './messages/es/index';
import { fr } from './messages/fr/index';
import { pl } from './messages/pl/index';
import { ptBR } from './messages/pt-BR/index';
import { ru } from './messages/ru/index';

/**
 * Every language's catalog, for the background worker: it formats notifications and badge texts and cannot
 * import a chunk later. Extension pages load only their buyer's language (load-catalog.ts). In the build,
 * the languages other than English are JSON text parsed on first use (scripts/i18n/catalogs-as-json.ts).
 */
export const CATALOGS: Readonly<Record<Locale, Catalog>> = { en, es, fr, 'pt-BR': ptBR, de, ru, pl };
