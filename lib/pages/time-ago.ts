const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * How long ago something happened, in the buyer's language through Intl ("5 minutes ago", "hace 2 horas",
 * "вчера"); `undefined` under a minute, for the caller's own "just now". Rounded down, never more recent
 * than it was.
 */
export function timeAgo(at: number, now: number, locale: string): string | undefined {
  const elapsed = Math.max(0, now - at);
  if (elapsed < MINUTE) return undefined;
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  if (elapsed < HOUR) return format.format(-Math.floor(elapsed / MINUTE), 'minute');
  if (elapsed < DAY) return format.format(-Math.floor(elapsed / HOUR), 'hour');
  return format.format(-Math.floor(elapsed / DAY), 'day');
}
