/** Median, and the spread around it, of a list of timings. */
export function summarise(values: readonly number[]): { median: number; p10: number; p90: number; n: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))))] ?? NaN;
  return { median: at(0.5), p10: at(0.1), p90: at(0.9), n: sorted.length };
}

export function round(value: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
