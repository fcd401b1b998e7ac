/** The popup's shell and order list, status lines, empty states and the welcome page. */
export const list = {} as const;

export type ListMessages = Readonly<Record<keyof typeof list, string>>;
