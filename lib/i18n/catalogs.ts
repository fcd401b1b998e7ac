import type { Locale } from './locales';
import { de } from './messages/de/index';
import { type Catalog, en } from './messages/en/index';
import { es } from './messages/es/index';
import { fr } from './messages/fr/index';
import { pl } from './messages/pl/index';
import { ptBR } from './messages/pt-BR/index';
import { ru } from './messages/ru/index';

/**
 * Every language's catalog at once: for the build (the catalog files, the manifest's _locales) and the
 * tests. The extension itself never imports this: each context loads the languages it speaks
 * (load-catalog.ts); test/e2e/manifest.spec.ts checks that no built script holds another language.
 */
export const CATALOGS: Readonly<Record<Locale, Catalog>> = { en, es, fr, 'pt-BR': ptBR, de, ru, pl };
