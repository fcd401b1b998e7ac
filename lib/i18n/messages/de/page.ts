import type { PageMessages } from '../en/page';

export const page: PageMessages = {};
