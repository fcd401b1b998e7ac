/** MIME types by file extension, for files the browser hands over without a type (HEIC on Windows, …). */
const TYPE_BY_EXTENSION: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  jfif: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
  bmp: 'image/bmp',
  avif: 'image/avif',
  heic: 'image/heic',
  heif: 'image/heif',
  mp4: 'video/mp4',
  m4v: 'video/mp4',
  mov: 'video/quicktime',
  webm: 'video/webm',
  avi: 'video/x-msvideo',
  pdf: 'application/pdf',
  txt: 'text/plain',
};

const EXTENSION_BY_TYPE: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/gif': 'gif',
  'image/bmp': 'bmp',
  'image/avif': 'avif',
  'image/heic': 'heic',
  'image/heif': 'heif',
  'video/mp4': 'mp4',
  'video/quicktime': 'mov',
  'video/webm': 'webm',
  'video/x-msvideo': 'avi',
  'application/pdf': 'pdf',
  'text/plain': 'txt',
};

/** Types a browser runs code in when it opens the file (an SVG's or HTML's scripts, XML with XSLT). */
const ACTIVE_TYPE = /svg|html|xml|javascript|ecmascript/;
/** Extensions a browser opens as a picture, a video, a PDF or text: the types above, and JSON (shown as text). */
const INERT_EXTENSIONS = new Set([...Object.keys(TYPE_BY_EXTENSION), 'json']);

/**
 * Whether a file named `name` of `type` is inert when opened from disk (the unpacked evidence pack, a
 * browser at file://): its extension is one of the pictures, videos, PDF, plain text or JSON, and its
 * type is not one a browser runs code in (an SVG named .jpg is still an SVG).
 */
export function isInertFile(name: string, type: string): boolean {
  return INERT_EXTENSIONS.has(extensionOf(name)) && !ACTIVE_TYPE.test(type.toLowerCase());
}

/** The file's MIME type, lower-cased and without parameters; from the extension when the browser gave none. */
export function mediaTypeOf(file: { name: string; type: string }): string {
  const declared = file.type.split(';')[0]?.trim().toLowerCase() ?? '';
  if (declared) return declared;
  return TYPE_BY_EXTENSION[extensionOf(file.name)] ?? '';
}

/** Lower-case extension without the dot ("photo.JPG" → "jpg"), '' when none. */
export function extensionOf(name: string): string {
  const match = /\.([A-Za-z0-9]{1,8})$/.exec(name);
  return match?.[1]?.toLowerCase() ?? '';
}

/** Usual extension for a MIME type, '' when unknown. */
export function extensionFor(type: string): string {
  return EXTENSION_BY_TYPE[type] ?? '';
}

/** Whether `type` matches an accept entry: an exact type or a "image/*" wildcard. */
export function typeIsAccepted(type: string, acceptedTypes: readonly string[]): boolean {
  if (!type) return false;
  return acceptedTypes.some((entry) => {
    const accepted = entry.trim().toLowerCase();
    if (accepted.endsWith('/*')) return type.startsWith(accepted.slice(0, -1));
    return accepted === type;
  });
}
