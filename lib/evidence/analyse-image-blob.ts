import { type ImageQualityWarning, judgeImageQuality } from './judge-image-quality';
import { analysisSize, type ImageQualityMetrics, measureImageQuality } from './measure-image-quality';

export type ImageAnalysis =
  | { ok: true; metrics: ImageQualityMetrics; warnings: ImageQualityWarning[] }
  | { ok: false; reason: 'not-a-decodable-image' };

/**
 * Decodes an image file and measures its quality. Browser edge: createImageBitmap + OffscreenCanvas,
 * so it runs in an extension page and in the service worker. The decoded picture is scaled natively
 * (high-quality smoothing, an area average) to the analysis size before its pixels are read, so a
 * 12 MP photo never becomes a 48 MB pixel array in JavaScript. EXIF orientation is applied.
 */
export async function analyseImageBlob(blob: Blob): Promise<ImageAnalysis> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(blob, { imageOrientation: 'from-image' });
  } catch {
    return { ok: false, reason: 'not-a-decodable-image' };
  }
  try {
    const source = { width: bitmap.width, height: bitmap.height };
    const size = analysisSize(source.width, source.height);
    const canvas = new OffscreenCanvas(Math.max(1, size.width), Math.max(1, size.height));
    const context = canvas.getContext('2d', { willReadFrequently: true });
    if (!context) throw new Error('OffscreenCanvas 2D context unavailable');
    // Transparent areas count as white, as measureImageQuality treats them.
    context.fillStyle = '#fff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.imageSmoothingEnabled = true;
    context.imageSmoothingQuality = 'high';
    context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    const pixels = context.getImageData(0, 0, canvas.width, canvas.height);
    const metrics = measureImageQuality(pixels, source);
    return { ok: true, metrics, warnings: judgeImageQuality(metrics) };
  } finally {
    bitmap.close();
  }
}
