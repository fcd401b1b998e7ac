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

/**
 * Fails with what to install when Chromium has no language pack for `lang`: without one, a browser started
 * with --lang runs its UI in English, and the language the extension hears then varies from launch to launch
 * (seen in CI: a "Spanish" browser whose badges came out in English). Only Debian's layout is known; another
 * binary is trusted to carry its packs.
 */
export function assertLanguagePack(executable: string, lang: string): void {
  if (executable !== '/usr/bin/chromium') return;
  const pack = `/usr/lib/chromium/locales/${lang}.pak`;
  const fallback = `/usr/lib/chromium/locales/${lang.split('-')[0]}.pak`;
  if (!existsSync(pack) && !existsSync(fallback)) {
    throw new Error(
      `Chromium has no language pack for "${lang}" (${pack}). Install it: sudo apt-get install -y chromium-l10n`,
    );
  }
}
