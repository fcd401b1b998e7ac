// The test pictures the workspace specs put into the page, bundled by esbuild (see workspace-helpers.ts):
// the evidence harness's scenes, so no large binaries are committed.
export { noisePng, sceneBlob } from './evidence-harness/scenes';
