/** One encode the search asked for, for the report. */
export interface EncodeAttempt {
  width: number;
  height: number;
  /** 0…1 for lossy types; undefined for PNG. */
  quality: number | undefined;
  size: number;
}

export interface EncodingSearchOptions {
  /** The picture's own size; the search never goes above it. */
  width: number;
  height: number;
  maxBytes: number;
  /** Lossy output (JPEG, WebP) searches the quality first; lossless (PNG) can only shrink. */
  lossy: boolean;
  maxQuality: number;
  minQuality: number;
  /** Below this shorter side a picture stops being useful evidence: fail rather than go smaller. */
  minShortSide: number;
  /** Optional cap on the longer side, applied before anything else. */
  maxSide?: number;
  /** Hard stop, so a strange encoder can never loop for long. */
  maxAttempts?: number;
}

export type Encoder<T extends { size: number }> = (width: number, height: number, quality?: number) => Promise<T>;

export type EncodingSearchResult<T> =
  | { ok: true; encoded: T; width: number; height: number; quality: number | undefined; attempts: EncodeAttempt[] }
  | { ok: false; reason: 'cannot-fit'; smallest: EncodeAttempt | undefined; attempts: EncodeAttempt[] };

/** Steps of the quality bisection between minQuality and maxQuality (precision ≈ range / 2^steps). */
const QUALITY_BISECTION_STEPS = 4;
/** Downscale a little more than the size ratio says, since size is not exactly proportional to area. */
const DOWNSCALE_MARGIN = 0.95;
/** Each downscale step shrinks the sides by at least this factor, so the search always progresses. */
const MAX_SIDE_RATIO_PER_STEP = 0.9;

/**
 * Finds the largest picture at the highest quality that encodes to at most maxBytes. At each size:
 * the best quality if it fits; otherwise, if the lowest quality fits, a bisection for the highest
 * one that does; otherwise a smaller size, estimated from how far over the limit the lowest quality
 * was (file size grows roughly with the pixel count). Pure: the encoder is passed in, so the canvas
 * stays at the edge (fit-image-to-limit.ts) and this logic is tested with a model encoder.
 */
export async function searchImageEncoding<T extends { size: number }>(
  encode: Encoder<T>,
  options: EncodingSearchOptions,
): Promise<EncodingSearchResult<T>> {
  const attempts: EncodeAttempt[] = [];
  const maxAttempts = options.maxAttempts ?? 30;
  const longSide = Math.max(options.width, options.height);
  const shortSide = Math.min(options.width, options.height);
  const minScale = Math.min(1, options.minShortSide / shortSide);
  let scale = Math.min(1, (options.maxSide ?? longSide) / longSide);
  let smallest: EncodeAttempt | undefined;

  const attempt = async (width: number, height: number, quality: number | undefined) => {
    const encoded = await encode(width, height, quality);
    const record = { width, height, quality, size: encoded.size };
    attempts.push(record);
    if (!smallest || record.size < smallest.size) smallest = record;
    return encoded;
  };

  while (attempts.length < maxAttempts) {
    const width = Math.max(1, Math.round(options.width * scale));
    const height = Math.max(1, Math.round(options.height * scale));
    const found = options.lossy
      ? await bestQuality(attempt, width, height, options, () => attempts.length < maxAttempts)
      : await fitsAsIs(attempt, width, height, options.maxBytes);
    if (found.fits) return { ok: true, encoded: found.encoded, width, height, quality: found.quality, attempts };
    if (scale <= minScale) break;
    const ratio = Math.sqrt(options.maxBytes / found.encoded.size) * DOWNSCALE_MARGIN;
    scale = Math.max(minScale, scale * Math.min(MAX_SIDE_RATIO_PER_STEP, ratio));
  }
  return { ok: false, reason: 'cannot-fit', smallest, attempts };
}

type Attempt<T> = (width: number, height: number, quality: number | undefined) => Promise<T>;
type Found<T> = { fits: true; encoded: T; quality: number | undefined } | { fits: false; encoded: T };

async function fitsAsIs<T extends { size: number }>(
  attempt: Attempt<T>,
  width: number,
  height: number,
  maxBytes: number,
): Promise<Found<T>> {
  const encoded = await attempt(width, height, undefined);
  return encoded.size <= maxBytes ? { fits: true, encoded, quality: undefined } : { fits: false, encoded };
}

/** The highest quality that fits at this size, or the lowest quality's result when none does. */
async function bestQuality<T extends { size: number }>(
  attempt: Attempt<T>,
  width: number,
  height: number,
  options: EncodingSearchOptions,
  mayContinue: () => boolean,
): Promise<Found<T>> {
  const best = await attempt(width, height, options.maxQuality);
  if (best.size <= options.maxBytes) return { fits: true, encoded: best, quality: options.maxQuality };
  const worst = await attempt(width, height, options.minQuality);
  if (worst.size > options.maxBytes) return { fits: false, encoded: worst };
  let fitting = { encoded: worst, quality: options.minQuality };
  let low = options.minQuality;
  let high = options.maxQuality;
  for (let step = 0; step < QUALITY_BISECTION_STEPS && mayContinue(); step += 1) {
    const quality = Math.round(((low + high) / 2) * 100) / 100;
    if (quality <= low || quality >= high) break;
    const encoded = await attempt(width, height, quality);
    if (encoded.size <= options.maxBytes) {
      fitting = { encoded, quality };
      low = quality;
    } else {
      high = quality;
    }
  }
  return { fits: true, ...fitting };
}
