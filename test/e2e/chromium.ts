import { existsSync } from 'node:fs';

/** Flags Chromium needs on a closed network (and as root); see ../shared/notes/testing-extensions.md. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-default-apps',
];

/** The Chromium to drive: $CHROMIUM_PATH, else Debian's /usr/bin/chromium. Fails with how to get one. */
export function chromiumExecutable(): string {
  const candidate = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!existsSync(candidate)) {
    throw new Error(
      `Chromium not found at ${candidate}. Install it (Debian/Ubuntu: sudo apt-get install -y chromium) ` +
        'or set CHROMIUM_PATH to a Chromium or Chrome for Testing binary. Branded Google Chrome ignores --load-extension.',
    );
  }
  return candidate;
}
