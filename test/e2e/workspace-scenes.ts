// The test pictures the workspace specs put into the page, bundled by esbuild (see workspace-helpers.ts):
// the evidence harness's scenes and videos, so no large binaries are committed.
export { encodeVideo, noisePng, sceneBlob } from './evidence-harness/scenes';
