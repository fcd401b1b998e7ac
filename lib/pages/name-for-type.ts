import { extensionFor, extensionOf } from '../evidence/media-type';

/**
 * The file name with the extension of its (new) type: "IMG_2041.png" re-encoded as JPEG becomes
 * "IMG_2041.jpg"; a name already right, or a type without a known extension, stays as it is.
 */
export function nameForType(name: string, type: string): string {
  const extension = extensionFor(type);
  if (!extension) return name;
  const current = extensionOf(name);
  if (current === extension || (extension === 'jpg' && current === 'jpeg')) return name;
  const stem = current ? name.slice(0, -(current.length + 1)) : name;
  return `${stem || 'file'}.${extension}`;
}
