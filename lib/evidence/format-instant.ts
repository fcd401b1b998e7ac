import { type Instant, isInstant } from '../model/time';

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * "2026-03-09 14:05" in the given IANA time zone: unambiguous for a reader anywhere (no
 * month/day order to guess) and sortable. Invalid zones fall back to UTC rather than throwing.
 */
export function formatInstant(at: Instant, timeZone: string): string {
  if (!isInstant(at)) return '—';
  const parts = formatterFor(timeZone).formatToParts(new Date(at));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const hour = part('hour') === '24' ? '00' : part('hour');
  return `${part('year')}-${part('month')}-${part('day')} ${hour}:${part('minute')}`;
}

/**
 * A moment as the buyer's language writes it ("9 mar 2026, 14:05"), in the given zone (UTC when it is
 * not valid): for the workspace, where the buyer reads it. '—' for a value that is not a moment.
 */
export function formatInstantFor(at: Instant, timeZone: string, locale: string): string {
  if (!isInstant(at)) return '—';
  return new Intl.DateTimeFormat(locale, {
    timeZone: usableTimeZone(timeZone),
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(at));
}

/** The zone formatInstant will actually use (the given one when valid, else UTC). */
export function usableTimeZone(timeZone: string | undefined): string {
  if (!timeZone) return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return timeZone;
  } catch {
    return 'UTC';
  }
}

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  const zone = usableTimeZone(timeZone);
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}
