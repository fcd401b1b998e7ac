import type { Catalog } from '../en';
import { common } from './common';
import { guide } from './guide';
import { list } from './list';
import { notify } from './notify';
import { page } from './page';
import { settings } from './settings';
import { workspace } from './workspace';

export const pl: Catalog = { ...common, ...settings, ...guide, ...list, ...page, ...notify, ...workspace };
