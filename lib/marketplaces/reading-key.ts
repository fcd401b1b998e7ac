import type { PageReading } from '../model/reading';

/**
 * What makes two readings the same for the background: everything but the reading time, with
 * countdown ends rounded to the minute (a countdown re-read a second later is not news).
 */
export function readingKey(reading: PageReading): string {
  return JSON.stringify(reading, (key, value) => {
    if (key === 'readAt') return undefined;
    if (key === 'endsAt' && typeof value === 'number') return Math.round(value / 60_000);
    return value;
  });
}
