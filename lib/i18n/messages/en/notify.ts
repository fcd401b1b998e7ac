/** Notifications and the toolbar badge's title. */
export const notify = {} as const;

export type NotifyMessages = Readonly<Record<keyof typeof notify, string>>;
