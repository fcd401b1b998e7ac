// Everything the evidence tests call inside Chromium, bundled by esbuild into one script that
// sets `globalThis.evidenceHarness` (see ../evidence-harness.ts). Not part of the extension.
export { unzipSync } from 'fflate';
export { analyseImageBlob } from '../../../lib/evidence/analyse-image-blob';
export { analyseVideoBlob } from '../../../lib/evidence/analyse-video-blob';
export { buildEvidencePack } from '../../../lib/evidence/build-evidence-pack';
export { checkEvidenceFiles } from '../../../lib/evidence/check-evidence-files';
export { fitImageToLimit } from '../../../lib/evidence/fit-image-to-limit';
export { judgeImageQuality } from '../../../lib/evidence/judge-image-quality';
export { measureImageQuality } from '../../../lib/evidence/measure-image-quality';
export { readVideoMetadata } from '../../../lib/evidence/read-video-metadata';
export { sha256Hex } from '../../../lib/evidence/sha256-hex';
export { encodeVideo, noisePng, recordVideo, sceneBlob, withExifOrientation } from './scenes';
