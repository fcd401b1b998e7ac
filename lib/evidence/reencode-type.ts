import { typeIsAccepted } from './media-type';

/**
 * Still images every target browser decodes (createImageBitmap) without losing content.
 * GIF is left out on purpose: re-encoding would drop its animation; HEIC because Chromium cannot decode it.
 */
export const DECODABLE_IMAGE_TYPES: readonly string[] = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/bmp',
  'image/avif',
];

/**
 * Output types a canvas encodes, best first for evidence photos: JPEG is accepted everywhere and has a
 * quality knob; WebP is smaller but not every form takes it; PNG is lossless, so only downscaling can shrink it.
 */
export const ENCODABLE_IMAGE_TYPES: readonly string[] = ['image/jpeg', 'image/webp', 'image/png'];

/**
 * The type to re-encode an image of `type` into so the form accepts it, or undefined when no
 * re-encoding can help (not a decodable still image, or the form takes no type a canvas writes).
 * Keeps the file's own type when that is accepted and lossy, so a WebP stays a WebP.
 */
export function reencodeTypeFor(type: string, acceptedTypes: readonly string[]): string | undefined {
  if (!DECODABLE_IMAGE_TYPES.includes(type)) return undefined;
  const lossy = ['image/jpeg', 'image/webp'];
  if (lossy.includes(type) && typeIsAccepted(type, acceptedTypes)) return type;
  return ENCODABLE_IMAGE_TYPES.find((candidate) => typeIsAccepted(candidate, acceptedTypes));
}
