import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ACTION_PHRASES,
  STATUS_PHRASES,
  TIMER_PHRASES,
  TOTAL_LABELS,
} from '../../../../lib/marketplaces/aliexpress/labels';
import { LANGUAGES, type Phrases } from '../../../../lib/marketplaces/aliexpress/languages';
import { classifyText, findPhrase } from '../../../../lib/marketplaces/aliexpress/match-phrases';
import { foldText, phraseIndex } from '../../../../lib/marketplaces/aliexpress/text';

/** The plain definition: the longest phrase of any language found as whole words, the first of equals. */
function longestByDefinition(text: string, phrases: Phrases) {
  const folded = foldText(text);
  let best: { start: number; length: number; language: string } | undefined;
  for (const language of LANGUAGES)
    for (const phrase of phrases[language] ?? []) {
      const foldedPhrase = foldText(phrase);
      const start = phraseIndex(folded, foldedPhrase);
      if (start >= 0 && (!best || foldedPhrase.length > best.length))
        best = { start, length: foldedPhrase.length, language };
    }
  return best;
}

const TABLES = [...Object.values(STATUS_PHRASES), ...Object.values(ACTION_PHRASES), TOTAL_LABELS];
const everyPhrase = TABLES.flatMap((phrases) => Object.values(phrases).flat() as string[]);
const STATUS_TABLE = Object.entries(STATUS_PHRASES) as [string, Phrases][];
const TIMER_TABLE = Object.entries(TIMER_PHRASES) as [string, Phrases][];

/** Texts made of real phrases, pieces of them, digits and words, the way order cards mix them. */
const text = fc
  .array(
    fc.oneof(
      fc.constantFrom(...everyPhrase),
      fc
        .tuple(fc.constantFrom(...everyPhrase), fc.nat(), fc.nat())
        .map(([phrase, a, b]) =>
          phrase.slice(Math.min(a, b) % (phrase.length + 1), Math.max(a, b) % (phrase.length + 1)),
        ),
      fc.constantFrom('US $12.34', '·', ':', '8204417366541234', 'Sep 4, 2026', 'x', 'é', 'Über', '12 días'),
      // Letters outside the BMP: phraseIndex tests UTF-16 units, so a word next to one is still a whole word.
      fc.constantFrom('𝐀', '𝐀track', 'order𝒪', '😀'),
      fc.string({ maxLength: 6 }),
    ),
    { maxLength: 6 },
  )
  .chain((parts) => fc.constantFrom(' ', '', ': ', '\n').map((glue) => parts.join(glue)));

describe('phrase matching', () => {
  it('finds what the plain definition finds, in every table', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(...TABLES), (line, phrases) => {
        const found = findPhrase(line, phrases);
        const expected = longestByDefinition(line, phrases);
        expect(found && { start: found.start, length: found.length, language: found.language }).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('classifies as the plain definition does: the table with the longest phrase, the first of equals', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(STATUS_TABLE, TIMER_TABLE), (line, tables) => {
        let expected: { key: string; length: number } | undefined;
        for (const [key, phrases] of tables) {
          const match = longestByDefinition(line, phrases);
          if (match && (!expected || match.length > expected.length)) expected = { key, length: match.length };
        }
        const found = classifyText(line, tables);
        expect(found && { key: found.key, length: found.match.length }).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('between phrases of equal length, takes the first in the table, wherever the text has them', () => {
    const phrases: Phrases = { en: ['alpha one', 'gamma two'], fr: ['delta six'] };
    expect(findPhrase('gamma two, then alpha one and delta six', phrases)).toMatchObject({ start: 16, language: 'en' });
    expect(findPhrase('delta six, alpha one', phrases)).toMatchObject({ start: 11, language: 'en' });
  });
});
