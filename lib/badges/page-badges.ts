import themeCss from '../../components/theme.css?inline';
import type { PageBadgesOptions } from './badge-handoff';
import { type BadgeLayer, createBadgeLayer } from './badge-layer';
import badgesCss from './badges.css?inline';
import { shadowCss } from './shadow-css';

/** The order page's badge layer with Buyer Guard's theme and the badges' stylesheet in its shadow root. */
export function createPageBadges(window: Window, options: PageBadgesOptions): BadgeLayer {
  return createBadgeLayer(window, { ...options, css: shadowCss(themeCss, badgesCss) });
}
