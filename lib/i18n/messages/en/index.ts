import { advice } from './advice';
import { common } from './common';
import { compose } from './compose';
import { deadline } from './deadline';
import { guide } from './guide';
import { list } from './list';
import { notify } from './notify';
import { page } from './page';
import { settings } from './settings';
import { workspace } from './workspace';

/**
 * English, the source catalog: every other language has exactly these keys (a type error and a unit
 * test otherwise). Messages are ICU MessageFormat (plurals, selects, numbers) so each language states
 * its own plural forms — Russian and Polish need one/few/many/other. Keys read `area.thing`; each area
 * has its own file so the texts of one part of the product sit together.
 */
export const en = {
  ...common,
  ...deadline,
  ...advice,
  ...compose,
  ...settings,
  ...guide,
  ...list,
  ...page,
  ...notify,
  ...workspace,
};

export type MessageKey = keyof typeof en;
/** A catalog for one language: every key of the English one, nothing else. */
export type Catalog = Readonly<Record<MessageKey, string>>;
