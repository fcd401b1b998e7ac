/** Pixels as canvas `getImageData` returns them: RGBA, 8 bits per channel, row by row. */
export interface ImageDataLike {
  width: number;
  height: number;
  data: Uint8ClampedArray | Uint8Array;
}

export interface ImageQualityMetrics {
  /** Size of the original picture (what the buyer uploads), not of the analysed copy. */
  width: number;
  height: number;
  /** Mean luma, 0 (black) … 255 (white). */
  meanLuminance: number;
  /** RMS contrast: standard deviation of luma, 0 (flat) … ~128. */
  contrast: number;
  /** Variance of the Laplacian of the analysed copy: high for crisp edges, near 0 for blur or a flat picture. */
  sharpness: number;
  /** Share of pixels nearly black (luma ≤ 10) and blown out (luma ≥ 250). */
  shadowClipped: number;
  highlightClipped: number;
  analysedWidth: number;
  analysedHeight: number;
}

/**
 * The analysed copy's longer side is at most this: a 12 MP photo (4000 × 3000) is averaged down
 * 4 × 4 to 1000 × 750, which keeps the measure fast and still shows the blur of a missed focus
 * (a few pixels at this scale). The thresholds in judge-image-quality.ts assume this scale.
 */
export const ANALYSIS_MAX_SIDE = 1024;

/**
 * Size of the analysed copy: the picture averaged over square blocks of a whole number of pixels.
 * The browser edge scales to this size natively, so both paths measure the same scale.
 */
export function analysisSize(width: number, height: number): { width: number; height: number; factor: number } {
  const factor = Math.max(1, Math.ceil(Math.max(width, height) / ANALYSIS_MAX_SIDE));
  return { width: Math.floor(width / factor), height: Math.floor(height / factor), factor };
}

const SHADOW_LUMA = 10;
const HIGHLIGHT_LUMA = 250;

/**
 * Brightness, contrast and sharpness of a picture. Pure: works on any RGBA pixel buffer, in a
 * page, the service worker or Node. `source` gives the original size when the pixels are
 * already a scaled-down copy (the browser edge scales natively before reading pixels).
 */
export function measureImageQuality(
  image: ImageDataLike,
  source: { width: number; height: number } = image,
): ImageQualityMetrics {
  const grey = downscaledLuma(image);
  const { values, width, height } = grey;
  let sum = 0;
  let sumOfSquares = 0;
  let shadows = 0;
  let highlights = 0;
  for (const luma of values) {
    sum += luma;
    sumOfSquares += luma * luma;
    if (luma <= SHADOW_LUMA) shadows += 1;
    if (luma >= HIGHLIGHT_LUMA) highlights += 1;
  }
  const count = values.length;
  const mean = count > 0 ? sum / count : 0;
  const variance = count > 0 ? Math.max(0, sumOfSquares / count - mean * mean) : 0;
  return {
    width: source.width,
    height: source.height,
    meanLuminance: mean,
    contrast: Math.sqrt(variance),
    sharpness: laplacianVariance(values, width, height),
    shadowClipped: count > 0 ? shadows / count : 0,
    highlightClipped: count > 0 ? highlights / count : 0,
    analysedWidth: width,
    analysedHeight: height,
  };
}

/**
 * Luma (BT.601 weights on the encoded values, as photo tools show "brightness") averaged over
 * square blocks so the longer side is at most ANALYSIS_MAX_SIDE. Transparent pixels count as
 * white, as a viewer shows them on a page.
 */
function downscaledLuma(image: ImageDataLike): { values: Float32Array; width: number; height: number } {
  const { width, height, factor } = analysisSize(image.width, image.height);
  const sums = new Float64Array(width * height);
  const { data } = image;
  for (let y = 0; y < height * factor; y += 1) {
    const row = Math.floor(y / factor) * width;
    let offset = y * image.width * 4;
    for (let x = 0; x < width * factor; x += 1, offset += 4) {
      const alpha = (data[offset + 3] ?? 255) / 255;
      const luma = 0.299 * (data[offset] ?? 0) + 0.587 * (data[offset + 1] ?? 0) + 0.114 * (data[offset + 2] ?? 0);
      const cell = row + Math.floor(x / factor);
      sums[cell] = (sums[cell] ?? 0) + luma * alpha + 255 * (1 - alpha);
    }
  }
  const values = new Float32Array(width * height);
  const area = factor * factor;
  for (let i = 0; i < values.length; i += 1) values[i] = (sums[i] ?? 0) / area;
  return { values, width, height };
}

/** Variance of the 4-neighbour Laplacian over the interior pixels (borders have no full neighbourhood). */
function laplacianVariance(values: Float32Array, width: number, height: number): number {
  if (width < 3 || height < 3) return 0;
  let sum = 0;
  let sumOfSquares = 0;
  for (let y = 1; y < height - 1; y += 1) {
    const row = y * width;
    for (let x = 1; x < width - 1; x += 1) {
      const i = row + x;
      const laplacian =
        (values[i - 1] ?? 0) +
        (values[i + 1] ?? 0) +
        (values[i - width] ?? 0) +
        (values[i + width] ?? 0) -
        4 * (values[i] ?? 0);
      sum += laplacian;
      sumOfSquares += laplacian * laplacian;
    }
  }
  const count = (width - 2) * (height - 2);
  const mean = sum / count;
  return Math.max(0, sumOfSquares / count - mean * mean);
}
