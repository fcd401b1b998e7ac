import type { PageTimer, PageTimerKind } from '../../model/order';
import { TIMER_PHRASES } from './labels';
import type { Phrases } from './languages';
import { classifyText } from './match-phrases';
import { findDates } from './parse-date';
import { findDuration } from './parse-duration';
import { cleanText } from './text';

const TIMER_TABLE = Object.entries(TIMER_PHRASES) as Array<[PageTimerKind, Phrases]>;

function timerFrom(
  text: string,
  kind: PageTimerKind,
  now: number,
  languages: readonly string[],
): PageTimer | undefined {
  const raw = cleanText(text);
  const dates = findDates(raw, languages);
  // A delivery window ("Nov 20 - Dec 1, 2026") runs out at its later end.
  const date = kind === 'delivery-estimate' ? dates.at(-1) : dates[0];
  if (date) return { kind, endsOn: date.date, raw };
  const duration = findDuration(raw);
  if (duration && duration.milliseconds > 0) return { kind, endsAt: now + duration.milliseconds, raw };
  return undefined;
}

/**
 * Deadlines the page states, from its lines of text: a phrase that names the deadline
 * ("Buyer protection", "automatically confirmed", "Refund if no delivery before") with a date
 * (kept as a local date) or a running countdown (an instant: `now` + the time left). A label
 * whose value sits on the next line ("Buyer protection" / "45 days left") is read with it.
 * One timer per kind: the first the page shows.
 */
export function readTimers(lines: readonly string[], now: number, languages: readonly string[]): PageTimer[] {
  const timers: PageTimer[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const kind = classifyText(line, TIMER_TABLE)?.key;
    if (!kind || timers.some((timer) => timer.kind === kind)) continue;
    const next = lines[i + 1];
    const timer =
      timerFrom(line, kind, now, languages) ??
      (next !== undefined && !classifyText(next, TIMER_TABLE)
        ? timerFrom(`${line} ${next}`, kind, now, languages)
        : undefined);
    if (timer) timers.push(timer);
  }
  return timers;
}
