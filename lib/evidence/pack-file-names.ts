import { extensionFor, extensionOf, isInertFile, mediaTypeOf } from './media-type';

/** Longest stem kept (in characters), so names stay readable and under every file system's limits. */
const MAX_STEM_LENGTH = 80;

/**
 * Characters no file name may carry into the pack: path separators and what Windows forbids
 * (so "..\..\x" cannot climb out and a name cannot become a drive or a stream), control and
 * invisible formatting characters, and bidi controls that could disguise the extension.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point.
const UNSAFE = /[<>:"/\\|?*\u0000-\u001F\u007F-\u009F\u200B\u200E\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g;

/**
 * A file name that is safe on every system: no directory part, no unsafe characters, no leading
 * dot (no hidden files) or trailing dot/space, a bounded length, and an extension that matches the
 * file's type (a photo re-encoded as JPEG ends in .jpg), lower-cased. Never empty. A file of a type
 * that runs code when opened (SVG, HTML, XML, scripts, programs, anything unknown) keeps its name with
 * ".txt" added, so a click in the unpacked pack shows its text and runs nothing (issue 12, break 9).
 */
export function safeFileName(name: string, type: string): string {
  const base = name.normalize('NFC').split(/[/\\]/).pop() ?? '';
  const cleaned = base.replace(UNSAFE, '_').replace(/\s+/g, ' ');
  const currentExtension = extensionOf(cleaned);
  const wantedExtension = extensionFor(type);
  const extensionFits =
    currentExtension !== '' && (!wantedExtension || mediaTypeOf({ name: cleaned, type: '' }) === type);
  const extension = extensionFits ? currentExtension : wantedExtension;
  let stem = extensionFits ? cleaned.slice(0, -(currentExtension.length + 1)) : cleaned;
  stem = trimEnds(truncate(trimEnds(stem), MAX_STEM_LENGTH));
  if (!stem) stem = 'file';
  const safe = extension ? `${stem}.${extension}` : stem;
  return isInertFile(safe, type) ? safe : `${safe}.txt`;
}

/**
 * Names for the files of a pack, in order: "01-<safe name>", numbered so they sort as listed and
 * stay distinct; any clash left (case-insensitive, as on Windows and macOS) gets " (2)", " (3)"….
 */
export function packFileNames(files: readonly { name: string; type: string }[]): string[] {
  const width = Math.max(2, String(files.length).length);
  const taken = new Set<string>();
  return files.map((file, index) => {
    const name = `${String(index + 1).padStart(width, '0')}-${safeFileName(file.name, file.type)}`;
    let unique = name;
    for (let copy = 2; taken.has(unique.toLowerCase()); copy += 1) {
      const dot = name.lastIndexOf('.');
      unique = dot > 0 ? `${name.slice(0, dot)} (${copy})${name.slice(dot)}` : `${name} (${copy})`;
    }
    taken.add(unique.toLowerCase());
    return unique;
  });
}

/** Dots and spaces at either end are dropped: a leading dot hides a file, a trailing one Windows drops. */
function trimEnds(text: string): string {
  return text.replace(/^[\s.]+|[\s.]+$/g, '');
}

/** Cuts at a whole character (never half of an emoji's surrogate pair). */
function truncate(text: string, max: number): string {
  const characters = Array.from(text);
  return characters.length > max ? characters.slice(0, max).join('') : text;
}
