import { defineConfig } from 'wxt';
import { BADGES_FILE } from './lib/badges/badge-handoff';
import { READER_FILE } from './lib/content/reader-handoff';
import { catalogFiles } from './lib/i18n/catalog-files';
import { manifestLocaleFiles } from './lib/i18n/manifest-locales';
import { ALIEXPRESS_HOST_SUFFIXES } from './lib/marketplaces/aliexpress/hosts';
import { fewerPageChunks } from './scripts/build/fewer-page-chunks';
import { catalogsAsJson } from './scripts/i18n/catalogs-as-json';

// Permissions are kept to what a feature uses; README.md explains each one and
// test/e2e/manifest.spec.ts fails when the built manifest asks for more.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  vite: () => ({
    // English, the catalog every bundle holds, as JSON text: cheaper to parse than its object literal.
    // Small shared chunks copied into the pages' own: the popup fetches 4 scripts, not 14.
    plugins: [catalogsAsJson(), fewerPageChunks()],
    // `npm run bench:profile` builds with readable names, so a CPU profile says which function the time went to.
    ...(process.env.BUYER_GUARD_UNMINIFIED ? { build: { minify: false } } : {}),
  }),
  // Explicit imports everywhere: a reader sees where `browser` or `defineBackground` come from.
  imports: false,
  // Name and description in the buyer's browser language, from the same catalogs as every other text;
  // and each language's texts as a file, read by the contexts that speak it (lib/i18n/load-catalog.ts).
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      files.push(...manifestLocaleFiles(), ...catalogFiles());
    },
    // WXT takes the toolbar title from the popup's <title> (and Firefox's sidebar title from the side
    // panel's), which cannot hold a __MSG_ placeholder.
    'build:manifestGenerated': (_wxt, manifest) => {
      if (manifest.action) manifest.action.default_title = '__MSG_extName__';
      if (manifest.sidebar_action) manifest.sidebar_action.default_title = '__MSG_extName__';
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // activeTab: the evidence workspace screenshots the AliExpress tab the buyer clicked the icon on.
    // (sidePanel: WXT adds it to the Chrome build for entrypoints/sidepanel/; Firefox gets sidebar_action.)
    permissions: ['storage', 'alarms', 'notifications', 'activeTab'],
    // Not a permission: the order pages' reader, which the content script imports after the page has loaded
    // (lib/content/reader-handoff.ts), and the badge layer the reader imports when it first has badges to draw
    // (lib/badges/badge-handoff.ts). Only AliExpress pages may load them; in Chrome only at a URL that changes
    // every session, so no page can probe for the extension by a fixed address.
    web_accessible_resources: [
      {
        resources: [READER_FILE.slice(1), BADGES_FILE.slice(1)],
        // Web-accessible resources match by origin (the path must be /*): the hosts the content scripts run on.
        matches: ALIEXPRESS_HOST_SUFFIXES.map((host) => `https://*.${host}/*`),
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'buyer-guard@buyer-guard.invalid',
              // `data_collection_permissions` (we declare: none) is read from Firefox 140, 142 on Android.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
