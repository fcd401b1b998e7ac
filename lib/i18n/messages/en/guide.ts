/** The guide to one order (popup, side panel): the problem, the next step, deadlines, texts, journal, evidence checklist; the advisor's and composer's words. */
export const guide = {} as const;

export type GuideMessages = Readonly<Record<keyof typeof guide, string>>;
