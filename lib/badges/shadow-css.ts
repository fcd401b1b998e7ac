/**
 * The badge layer's stylesheet: the extension pages' theme, its `:root` read as the shadow root's
 * `:host` (same colours, chips, focus ring, dark mode), then the badges' own rules.
 */
export function shadowCss(themeCss: string, badgesCss: string): string {
  return `${themeCss.replaceAll(':root', ':host')}\n${badgesCss}`;
}
