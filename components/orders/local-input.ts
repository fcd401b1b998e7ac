/**
 * A `datetime-local` input's value ("2026-12-03T14:05") is the buyer's wall-clock time: the browser's
 * own zone turns it into an instant and back.
 */
export function instantOfLocalInput(value: string): number {
  return new Date(value).getTime();
}

export function localInputOf(instant: number): string {
  const date = new Date(instant);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
