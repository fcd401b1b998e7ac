import { type Translator, translatorFor } from '../i18n/translator';
import { formatBytes } from './format-bytes';
import { LOW_RESOLUTION_MAX_SHORT_SIDE } from './judge-image-quality';
import { mediaTypeOf, typeIsAccepted } from './media-type';
import { ENCODABLE_IMAGE_TYPES, reencodeTypeFor } from './reencode-type';
import { type EncodeAttempt, searchImageEncoding } from './search-image-encoding';

export interface FitImageOptions {
  /** Type to write; default: the file's own type if JPEG/WebP and accepted, else the first of JPEG, WebP, PNG accepted. */
  outputType?: string;
  /** Types the form takes (EvidenceLimits.acceptedTypes); a file already under the limit and of such a type is kept. */
  acceptedTypes?: readonly string[];
  /** Quality range searched for JPEG/WebP. Defaults 0.9 … 0.6: below 0.6 compression artefacts hide scratches and text. */
  maxQuality?: number;
  minQuality?: number;
  /** Never shrink the shorter side below this (default 480 px, where photos start to count as low resolution). */
  minShortSide?: number;
  /** Optional cap on the longer side (e.g. a form that rejects huge pictures). */
  maxSide?: number;
  /** The buyer's language for the summary and the messages (English by default). */
  words?: Translator;
}

export type FitImageResult =
  | {
      ok: true;
      blob: Blob;
      /** False when the file already fitted and was returned as it is. */
      changed: boolean;
      type: string;
      width: number;
      height: number;
      originalWidth: number;
      originalHeight: number;
      originalSize: number;
      quality: number | undefined;
      /** What was done, for the buyer: "Compressed as JPEG at 85% quality and reduced from … pixels: 7.1 MB → 4.6 MB." */
      summary: string;
      attempts: EncodeAttempt[];
    }
  | {
      ok: false;
      reason: 'not-a-decodable-image' | 'no-encodable-type' | 'cannot-fit';
      message: string;
      attempts: EncodeAttempt[];
    };

export const DEFAULT_MAX_QUALITY = 0.9;
export const DEFAULT_MIN_QUALITY = 0.6;

/**
 * Re-encodes (and if needed downsizes) an image until it is at most maxBytes: quality first, then
 * smaller sizes, keeping the aspect ratio and never enlarging. Browser edge (createImageBitmap +
 * OffscreenCanvas.convertToBlob): runs in an extension page and in the service worker. Re-encoding
 * drops the photo's metadata (camera, date, GPS position), which the summary says.
 */
export async function fitImageToLimit(
  blob: Blob,
  maxBytes: number,
  options: FitImageOptions = {},
): Promise<FitImageResult> {
  const words = options.words ?? translatorFor();
  const size = (bytes: number) => formatBytes(bytes, words);
  const sourceType = mediaTypeOf({ name: blob instanceof File ? blob.name : '', type: blob.type });
  const acceptedTypes = options.acceptedTypes;
  if (blob.size <= maxBytes && (!acceptedTypes || typeIsAccepted(sourceType, acceptedTypes)) && !options.maxSide) {
    const dimensions = await imageSize(blob);
    if (!dimensions) return notAnImage(words);
    return {
      ok: true,
      blob,
      changed: false,
      type: sourceType,
      ...dimensions,
      originalWidth: dimensions.width,
      originalHeight: dimensions.height,
      originalSize: blob.size,
      quality: undefined,
      summary: words.t('workspace.fit.alreadyFits', { size: size(blob.size), limit: size(maxBytes) }),
      attempts: [],
    };
  }
  const outputType =
    options.outputType ?? reencodeTypeFor(sourceType, acceptedTypes ?? ENCODABLE_IMAGE_TYPES) ?? 'image/jpeg';
  if (!ENCODABLE_IMAGE_TYPES.includes(outputType)) {
    return {
      ok: false,
      reason: 'no-encodable-type',
      message: words.t('workspace.fit.cannotWriteType', { type: outputType }),
      attempts: [],
    };
  }
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(blob, { imageOrientation: 'from-image' });
  } catch {
    return notAnImage(words);
  }
  try {
    return await reencode(bitmap, blob.size, maxBytes, outputType, { ...options, words });
  } finally {
    bitmap.close();
  }
}

async function reencode(
  bitmap: ImageBitmap,
  originalSize: number,
  maxBytes: number,
  outputType: string,
  options: FitImageOptions & { words: Translator },
): Promise<FitImageResult> {
  const { words } = options;
  const size = (bytes: number) => formatBytes(bytes, words);
  const canvas = new OffscreenCanvas(1, 1);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('OffscreenCanvas 2D context unavailable');
  const draw = (width: number, height: number) => {
    if (canvas.width === width && canvas.height === height) return;
    canvas.width = width;
    canvas.height = height;
    // JPEG has no transparency; white is what a viewer shows behind a transparent PNG.
    context.fillStyle = '#fff';
    context.fillRect(0, 0, width, height);
    context.imageSmoothingEnabled = true;
    context.imageSmoothingQuality = 'high';
    context.drawImage(bitmap, 0, 0, width, height);
  };
  let unsupported = false;
  const search = await searchImageEncoding(
    async (width, height, quality) => {
      draw(width, height);
      const encoded = await canvas.convertToBlob({ type: outputType, quality });
      // A browser that cannot write the type silently writes PNG instead.
      if (encoded.type !== outputType) unsupported = true;
      return encoded;
    },
    {
      width: bitmap.width,
      height: bitmap.height,
      maxBytes,
      lossy: outputType !== 'image/png',
      maxQuality: options.maxQuality ?? DEFAULT_MAX_QUALITY,
      minQuality: options.minQuality ?? DEFAULT_MIN_QUALITY,
      minShortSide: options.minShortSide ?? LOW_RESOLUTION_MAX_SHORT_SIDE,
      maxSide: options.maxSide,
    },
  );
  if (unsupported) {
    return {
      ok: false,
      reason: 'no-encodable-type',
      message: words.t('workspace.fit.browserCannotWrite', { type: outputType }),
      attempts: search.attempts,
    };
  }
  if (!search.ok) {
    const smallest = search.smallest;
    return {
      ok: false,
      reason: 'cannot-fit',
      message: smallest
        ? words.t('workspace.fit.cannotFit', {
            width: smallest.width,
            height: smallest.height,
            size: size(smallest.size),
            limit: size(maxBytes),
          })
        : words.t('workspace.fit.cannotFitAtAll', { limit: size(maxBytes) }),
      attempts: search.attempts,
    };
  }
  const resized = search.width !== bitmap.width || search.height !== bitmap.height;
  const values = {
    type: outputType.slice('image/'.length).toUpperCase(),
    quality: search.quality ?? 1,
    fromWidth: bitmap.width,
    fromHeight: bitmap.height,
    width: search.width,
    height: search.height,
    from: size(originalSize),
    to: size(search.encoded.size),
  };
  const lossy = search.quality !== undefined;
  const done = resized
    ? words.t(lossy ? 'workspace.fit.reencodedAtQualityResized' : 'workspace.fit.reencodedResized', values)
    : words.t(lossy ? 'workspace.fit.reencodedAtQuality' : 'workspace.fit.reencoded', values);
  return {
    ok: true,
    blob: search.encoded,
    changed: true,
    type: outputType,
    width: search.width,
    height: search.height,
    originalWidth: bitmap.width,
    originalHeight: bitmap.height,
    originalSize,
    quality: search.quality,
    summary: `${done} ${words.t('workspace.fit.metadataDropped')}`,
    attempts: search.attempts,
  };
}

async function imageSize(blob: Blob): Promise<{ width: number; height: number } | undefined> {
  try {
    const bitmap = await createImageBitmap(blob);
    const size = { width: bitmap.width, height: bitmap.height };
    bitmap.close();
    return size;
  } catch {
    return undefined;
  }
}

function notAnImage(words: Translator): FitImageResult {
  return {
    ok: false,
    reason: 'not-a-decodable-image',
    message: words.t('workspace.media.not-a-decodable-image'),
    attempts: [],
  };
}
