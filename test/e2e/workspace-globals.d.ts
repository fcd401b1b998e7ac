// The workspace specs' global in the page under test: the bundle of ./workspace-scenes.ts.
declare var workspaceScenes: typeof import('./workspace-scenes');
