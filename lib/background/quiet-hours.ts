/** Minutes since local midnight of an instant in a time zone. */
export function localMinutesOfDay(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
    .formatToParts(instant)
    .reduce<Record<string, string>>((acc, p) => {
      acc[p.type] = p.value;
      return acc;
    }, {});
  return Number(parts.hour) * 60 + Number(parts.minute);
}

function toMinutes(hhmm: string): number {
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  return h * 60 + m;
}

export function isInQuietHours(minutes: number, start: string, end: string): boolean {
  const s = toMinutes(start);
  const e = toMinutes(end);
  if (s === e) return false;
  return s < e ? minutes >= s && minutes < e : minutes >= s || minutes < e;
}

/**
 * Moves an instant that falls in quiet hours to the end of them (local time in `timeZone`).
 * Across a DST change the first guess can be an hour off, so the shift is corrected once
 * against the real local time it lands on.
 */
export function afterQuietHours(instant: number, quiet: { start: string; end: string }, timeZone: string): number {
  const minutes = localMinutesOfDay(instant, timeZone);
  if (!isInQuietHours(minutes, quiet.start, quiet.end)) return instant;
  const end = toMinutes(quiet.end);
  const wait = (end - minutes + 1440) % 1440;
  const guess = instant - (instant % 60_000) + wait * 60_000;
  const drift = localMinutesOfDay(guess, timeZone) - end;
  return drift === 0 || Math.abs(drift) > 120 ? guess : guess - drift * 60_000;
}
