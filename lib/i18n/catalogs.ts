import type { Locale } from './locales';
import { de } from './messages/de';
import { type Catalog, en } from './messages/en';
import { es } from './messages/es';
import { fr } from './messages/fr';
import { pl } from './messages/pl';
import { ptBR } from './messages/pt-BR';
import { ru } from './messages/ru';

/**
 * Every language's catalog. Bundled, not fetched: the background worker formats notifications and badge
 * texts (a service worker cannot import a chunk later), and the pages need their text on first paint.
 */
export const CATALOGS: Readonly<Record<Locale, Catalog>> = { en, es, fr, 'pt-BR': ptBR, de, ru, pl };
