/**
 * How the extension words time for the buyer, shared by the extension pages (components/) and the
 * badges on the marketplace's pages (lib/badges/), so both say the same thing the same way.
 */
const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
const day = new Intl.DateTimeFormat('en', { month: 'short', day: 'numeric', year: 'numeric' });
const dayTime = new Intl.DateTimeFormat('en', {
  month: 'short',
  day: 'numeric',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
});

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * "in 4 days", "in 5 hours", "2 days ago": rounded towards now for what is ahead, so the buyer is
 * never told there is more time than there is.
 */
export function relativeTime(instant: number, now: number): string {
  const ms = instant - now;
  const abs = Math.abs(ms);
  const sign = ms < 0 ? -1 : 1;
  if (abs < HOUR) return relative.format(sign * Math.max(1, Math.floor(abs / 60_000)), 'minute');
  if (abs < 2 * DAY) return relative.format(sign * Math.floor(abs / HOUR), 'hour');
  return relative.format(sign * Math.floor(abs / DAY), 'day');
}

export function formatDay(instant: number): string {
  return day.format(instant);
}

export function formatDayTime(instant: number): string {
  return dayTime.format(instant);
}
