/** The evidence workspace and the evidence pack's summary. */
export const workspace = {} as const;

export type WorkspaceMessages = Readonly<Record<keyof typeof workspace, string>>;
