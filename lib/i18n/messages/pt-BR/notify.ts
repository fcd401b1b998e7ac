import type { NotifyMessages } from '../en/notify';

export const notify: NotifyMessages = {};
