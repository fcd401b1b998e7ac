import type { GuideMessages } from '../en/guide';

export const guide: GuideMessages = {};
