/** What Buyer Guard shows on AliExpress's pages: badges, their panels, a page it could not read. */
export const page = {} as const;

export type PageMessages = Readonly<Record<keyof typeof page, string>>;
