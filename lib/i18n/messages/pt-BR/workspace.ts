import type { WorkspaceMessages } from '../en/workspace';

export const workspace: WorkspaceMessages = {};
