import type { Locale } from './locales';
import { de } from './messages/de/index';
import { type Catalog, en } from './messages/en/index';
import { es } from './messages/es/index';
import { fr } from './messages/fr/index';
import { pl } from './messages/pl/index';
import { ptBR } from './messages/pt-BR/index';
import { ru } from './messages/ru/index';

/**
 * Every language's catalog. Bundled, not fetched: the background worker formats notifications and badge
 * texts (a service worker cannot import a chunk later), and the pages need their text on first paint.
 */
export const CATALOGS: Readonly<Record<Locale, Catalog>> = { en, es, fr, 'pt-BR': ptBR, de, ru, pl };
