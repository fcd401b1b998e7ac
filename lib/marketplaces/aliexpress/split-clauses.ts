import { monthFromWord } from './parse-date';
import { cleanText } from './text';

/**
 * The clauses of a statement the page writes as one line: "Apply for R$5,00 coupon code if delayed by
 * Aug 3, 2026 · Refund if no delivery before Sep 4, 2026 · Refund if items damaged" holds three meanings,
 * each with its own date or none. A date, countdown or duration belongs to the clause it stands in.
 *
 * Clauses end at a separator the pages use between list items (`·`, `•`, `;`, a line break) and at a
 * sentence end. AliExpress writes some sentences without a space after the full stop ("Order complete.If
 * there are any problems, …"), so a full stop followed by a capital letter ends a sentence with or without
 * the space. A full stop inside a date does not: "Jul. 28", "24. Mär 2026", "5 марта 2026 г.", "5 de mar. de
 * 2026", "US $9.80".
 */

const SEPARATOR = /\s*[·•;\n]\s*/gu;
/** A sentence end and what follows it: the next clause starts at the capital letter. */
const SENTENCE_END = /([.!?。！？])(\s*)(?=\p{Lu})/gu;

export function splitClauses(text: string): string[] {
  const clauses: string[] = [];
  for (const part of text.split(SEPARATOR).map(cleanText)) {
    let start = 0;
    for (const m of part.matchAll(SENTENCE_END)) {
      const at = m.index + 1;
      if (!endsSentence(part, m.index, at + (m[2]?.length ?? 0))) continue;
      clauses.push(part.slice(start, at));
      start = at;
    }
    clauses.push(part.slice(start));
  }
  return clauses.map((clause) => cleanText(clause)).filter(Boolean);
}

/** Whether the mark at `at` ends a sentence, given the word that follows it (starting at `next`). */
function endsSentence(text: string, at: number, next: number): boolean {
  const before = text.slice(Math.max(0, at - 12), at);
  const following = /^\p{L}+/u.exec(text.slice(next))?.[0] ?? '';
  // "24. Mär 2026": a month name after a day number and a full stop is the same date.
  return !(/(?<!\d)\d{1,2}$/.test(before) && monthFromWord(following) !== undefined);
}
