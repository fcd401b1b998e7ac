import type { ListMessages } from '../en/list';

export const list: ListMessages = {};
