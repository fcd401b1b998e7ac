/** Whitespace (including the no-break spaces price and date strings use) collapsed to one space, trimmed. */
export function cleanText(text: string | null | undefined): string {
  return (text ?? '').replace(/[\s\u00a0\u202f\u2009]+/g, ' ').trim();
}

/**
 * The form labels are compared in: lower case, accents removed, spaces collapsed.
 * "Завершён" and "Завершен", "Expédié" and "expedie" compare equal. Folding keeps the
 * length of `cleanText(text)`, so a position found in the folded text is valid in the clean one.
 */
export function foldText(text: string): string {
  const known = folds.get(text);
  if (known !== undefined) return known;
  if (folds.size >= MAX_FOLDS) folds.clear();
  const folded = foldUncached(text);
  folds.set(text, folded);
  return folded;
}

/** Folding is asked again and again for the same labels, on every order and every re-read. */
const folds = new Map<string, string>();
const MAX_FOLDS = 4000;

function foldUncached(text: string): string {
  return cleanText(text)
    .replace(/[^ -~]/g, (char) => {
      const base = char.normalize('NFD').charAt(0);
      return base.length === 1 ? base : char;
    })
    .toLowerCase();
}

const LETTER = /\p{L}/u;

/** Where `phrase` first occurs in `text` as whole words (both already folded), or -1. */
export function phraseIndex(foldedText: string, foldedPhrase: string): number {
  if (!foldedPhrase) return -1;
  let from = 0;
  for (;;) {
    const at = foldedText.indexOf(foldedPhrase, from);
    if (at < 0) return -1;
    const before = foldedText[at - 1];
    const after = foldedText[at + foldedPhrase.length];
    const startsWord = !LETTER.test(foldedPhrase[0] ?? '') || !before || !LETTER.test(before);
    const endsWord = !LETTER.test(foldedPhrase.at(-1) ?? '') || !after || !LETTER.test(after);
    if (startsWord && endsWord) return at;
    from = at + 1;
  }
}

/** An absolute https URL from an href or a protocol-relative `//host/path`, or undefined (http, javascript:, data:…). */
export function absoluteUrl(raw: string | null | undefined, base?: string): string | undefined {
  const value = cleanText(raw);
  if (!value || value.startsWith('javascript:') || value.startsWith('data:')) return undefined;
  try {
    const url = new URL(value.startsWith('//') ? `https:${value}` : value, base);
    return url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
