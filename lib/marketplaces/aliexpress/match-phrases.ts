import { LANGUAGES, type Language, type Phrases } from './languages';
import { foldText, phraseIndex } from './text';

interface FoldedPhrase {
  folded: string;
  language: Language;
}

const foldedCache = new WeakMap<Phrases, FoldedPhrase[]>();

function foldedPhrases(phrases: Phrases): FoldedPhrase[] {
  let folded = foldedCache.get(phrases);
  if (!folded) {
    folded = LANGUAGES.flatMap((language) =>
      (phrases[language] ?? []).map((phrase) => ({ folded: foldText(phrase), language })),
    );
    foldedCache.set(phrases, folded);
  }
  return folded;
}

export interface PhraseMatch {
  /** Where the phrase starts in the folded text, and where it ends. */
  start: number;
  end: number;
  language: Language;
  length: number;
}

/**
 * Pages repeat the same few labels on every order ("Track order", a status, "Order ID:"), and
 * the content script re-reads as the page changes: matches are remembered per table and text.
 * Bounded, so a page of unique strings cannot grow it without end.
 */
const MAX_REMEMBERED = 4000;
const phraseMemo = new WeakMap<object, Map<string, unknown>>();

function remembered<T>(table: object, text: string, compute: () => T): T {
  let memo = phraseMemo.get(table);
  if (!memo) {
    memo = new Map();
    phraseMemo.set(table, memo);
  }
  if (memo.has(text)) return memo.get(text) as T;
  if (memo.size >= MAX_REMEMBERED) memo.clear();
  const value = compute();
  memo.set(text, value);
  return value;
}

/** The longest phrase of the table found in the text as whole words, if any. */
export function findPhrase(text: string, phrases: Phrases, folded = foldText(text)): PhraseMatch | undefined {
  return remembered(phrases, folded, () => longestPhrase(folded, phrases));
}

function longestPhrase(folded: string, phrases: Phrases): PhraseMatch | undefined {
  let best: PhraseMatch | undefined;
  for (const phrase of foldedPhrases(phrases)) {
    if (best && phrase.folded.length <= best.length) continue;
    const start = phraseIndex(folded, phrase.folded);
    if (start < 0) continue;
    best = { start, end: start + phrase.folded.length, language: phrase.language, length: phrase.folded.length };
  }
  return best;
}

/** The key whose table holds the longest phrase found in the text (the most specific meaning). */
export function classifyText<K extends string>(
  text: string,
  tables: Iterable<readonly [K, Phrases]>,
): { key: K; match: PhraseMatch } | undefined {
  return remembered(tables, text, () => classifyUncached(text, tables));
}

function classifyUncached<K extends string>(
  text: string,
  tables: Iterable<readonly [K, Phrases]>,
): { key: K; match: PhraseMatch } | undefined {
  let best: { key: K; match: PhraseMatch } | undefined;
  const folded = foldText(text);
  for (const [key, phrases] of tables) {
    const match = findPhrase(text, phrases, folded);
    if (match && (!best || match.length > best.match.length)) best = { key, match };
  }
  return best;
}

/** Whether the whole text is (close to) one of the phrases: a button label, a status word. */
export function isExactly(text: string, phrases: Phrases): boolean {
  const folded = foldText(text).replace(/[:：.!]+$/, '');
  return foldedPhrases(phrases).some((phrase) => phrase.folded === folded);
}
