import type { Catalog } from '../en';
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

export const ru: Catalog = {
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
