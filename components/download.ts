/** Saves bytes as a file through an <a download> (no `downloads` permission needed). */
export function downloadFile(data: BlobPart, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // Let the download start before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** 2026-11-26, for file names. */
export function fileDate(now = Date.now()): string {
  return new Date(now).toISOString().slice(0, 10);
}
