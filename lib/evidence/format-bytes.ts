const UNITS = ['bytes', 'KB', 'MB', 'GB'] as const;

/**
 * Human size in binary units (1 MB = 1024 × 1024 bytes), the convention of upload forms and
 * file managers on Windows, so "5 MB" here is the same "5 MB" the buyer sees in the form.
 * One decimal below 10 units ("4.8 MB"), none above ("12 MB"); exact bytes below 1 KB.
 */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return `${bytes} bytes`;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  if (unit === 0) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
  const rounded = value < 10 ? Math.round(value * 10) / 10 : Math.round(value);
  return `${rounded} ${UNITS[unit]}`;
}
