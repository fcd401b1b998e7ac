import { DURATION_UNITS } from './labels';
import { foldText } from './text';

const UNIT_BY_WORD = new Map<string, number>();
for (const [ms, words] of DURATION_UNITS) for (const word of words) UNIT_BY_WORD.set(foldText(word), ms);

/**
 * A number and its unit, standing as words of their own: "12 days", "12d", "5 дней". Not a piece of a longer
 * token — the "2d" inside an image name ("…a2d9a8ce….jpg") or a size ("2m" after a letter) is no countdown.
 */
const PART = /(?<![\p{L}\d_/.-])(\d{1,4})\s*(\p{L}+)\.?(?![\p{L}\d])/gu;
const HAS_DIGIT = /\d/;
const CLOCK = /(?<![\d:])(\d{1,3}):([0-5]\d)(?::([0-5]\d))?(?![\d:])/u;

export interface FoundDuration {
  milliseconds: number;
  start: number;
  end: number;
}

/**
 * A running countdown as the pages write it, in any page language: "12 days 05:33:21",
 * "12 d 05:33:21", "3 días 4 h", "45 Tage", "5 дней 03:10:00", "23:59:35". Returns the
 * duration and where it sits in `cleanText(text)`, or undefined when the text holds none.
 */
export function findDuration(text: string): FoundDuration | undefined {
  // Every countdown has a digit; most statement lines have none and need no folding or matching.
  if (!HAS_DIGIT.test(text)) return undefined;
  const folded = foldText(text);
  let milliseconds = 0;
  let start = -1;
  let end = -1;
  const take = (at: number, length: number, ms: number) => {
    milliseconds += ms;
    start = start < 0 ? at : Math.min(start, at);
    end = Math.max(end, at + length);
  };
  for (const m of folded.matchAll(PART)) {
    const unit = UNIT_BY_WORD.get(m[2] ?? '');
    if (unit === undefined) continue;
    // Parts of one countdown sit together; a number far from the first part is something else.
    if (end >= 0 && m.index - end > 3) break;
    take(m.index, m[0].length, Number(m[1]) * unit);
  }
  const clock = CLOCK.exec(folded);
  if (clock && (end < 0 || Math.abs(clock.index - end) <= 3)) {
    const [hours, minutes, seconds] =
      clock[3] === undefined ? [clock[1], clock[2], '0'] : [clock[1], clock[2], clock[3]];
    take(clock.index, clock[0].length, (Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds)) * 1000);
  }
  return start < 0 ? undefined : { milliseconds, start, end };
}
