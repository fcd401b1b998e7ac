import { LANGUAGES, type Language, type Phrases } from './languages';
import { foldText, phraseIndex } from './text';

interface FoldedPhrase {
  folded: string;
  language: Language;
}

/**
 * A table's folded phrases, in table order, indexed by their first word. A phrase found as whole words starts
 * where one of the text's words starts, and that word is exactly the phrase's first word (phraseIndex checks
 * the letters on both sides), so only the phrases under the text's words need looking for. Phrases that do
 * not start with a letter are always looked for.
 */
interface PhraseTable {
  phrases: FoldedPhrase[];
  byFirstWord: Map<string, number[]>;
  always: number[];
}

const tableCache = new WeakMap<Phrases, PhraseTable>();

const FIRST_WORD = /^\p{L}+/u;
const WORDS = /\p{L}+/gu;
/** A surrogate: the text's words would not be phraseIndex's words (it tests halves), so every phrase is tried. */
const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * A phrase's first word, as phraseIndex sees words. A word holding a surrogate is given as is: the caller then
 * always tries the phrase, which is safe whatever phraseIndex makes of the halves.
 */
function firstWord(folded: string): string | undefined {
  return FIRST_WORD.exec(folded)?.[0];
}

function phraseTable(phrases: Phrases): PhraseTable {
  let table = tableCache.get(phrases);
  if (!table) {
    const folded = LANGUAGES.flatMap((language) =>
      (phrases[language] ?? []).map((phrase) => ({ folded: foldText(phrase), language })),
    );
    const byFirstWord = new Map<string, number[]>();
    const always: number[] = [];
    folded.forEach((phrase, index) => {
      const word = firstWord(phrase.folded);
      if (!word || SURROGATE.test(word)) always.push(index);
      else {
        const under = byFirstWord.get(word);
        if (under) under.push(index);
        else byFirstWord.set(word, [index]);
      }
    });
    table = { phrases: folded, byFirstWord, always };
    tableCache.set(phrases, table);
  }
  return table;
}

function foldedPhrases(phrases: Phrases): FoldedPhrase[] {
  return phraseTable(phrases).phrases;
}

/**
 * The text's words (its runs of letters), or undefined when it holds a surrogate and every phrase must be
 * tried. Remembered like the matches: the same lines are matched against table after table.
 */
function wordsOf(folded: string): readonly string[] | undefined {
  return remembered(WORDS, folded, () => (SURROGATE.test(folded) ? undefined : (folded.match(WORDS) ?? [])));
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
  const table = phraseTable(phrases);
  let best: PhraseMatch | undefined;
  let bestIndex = -1;
  // The longest phrase found, the first in the table of equals: as if every phrase were tried in table order.
  const consider = (index: number) => {
    const phrase = table.phrases[index] as FoldedPhrase;
    const length = phrase.folded.length;
    if (best && (length < best.length || (length === best.length && index >= bestIndex))) return;
    const start = phraseIndex(folded, phrase.folded);
    if (start < 0) return;
    best = { start, end: start + length, language: phrase.language, length };
    bestIndex = index;
  };
  const textWords = wordsOf(folded);
  if (!textWords) {
    for (let index = 0; index < table.phrases.length; index++) consider(index);
    return best;
  }
  for (const index of table.always) consider(index);
  for (const word of textWords) {
    const under = table.byFirstWord.get(word);
    if (under) for (const index of under) consider(index);
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
