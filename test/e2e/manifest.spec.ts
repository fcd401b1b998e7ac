import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { CATALOGS } from '../../lib/i18n/catalogs';
import { LOCALES } from '../../lib/i18n/locales';
import { EXTENSION_DIR, ROOT } from './launch';

// The documented permission set (README.md, "Permissions"). Growing it is a product decision:
// update the README and this list together.
const DOCUMENTED = {
  // activeTab: a screenshot of the one tab the buyer clicked the icon on, no install warning.
  permissions: ['activeTab', 'alarms', 'notifications', 'storage'],
  // Chrome's side panel needs its permission (no install warning); Firefox's sidebar needs none.
  chromeOnlyPermissions: ['sidePanel'],
  host_permissions: [] as string[],
  optional_permissions: [] as string[],
  optional_host_permissions: [] as string[],
  content_script_matches: [
    'https://*.aliexpress.com/p/order/*',
    'https://*.aliexpress.com/p/tracking/*',
    'https://*.aliexpress.com/p/refund-dispute/*',
    'https://*.aliexpress.com/p/reverse-pages/*',
    'https://*.aliexpress.us/p/order/*',
    'https://*.aliexpress.us/p/tracking/*',
    'https://*.aliexpress.us/p/refund-dispute/*',
    'https://*.aliexpress.us/p/reverse-pages/*',
  ],
  /** The only script that runs in the page's own world: the passive observer of its order APIs. */
  main_world_scripts: ['content-scripts/aliexpress-main-world.js'],
  /**
   * The only files a web page may load: the order pages' reader, which the content script imports after the
   * page has loaded (lib/content/reader-handoff.ts), and the badge layer the reader imports when it first has
   * badges to draw (lib/badges/badge-handoff.ts); only AliExpress origins, in Chrome at a per-session URL.
   */
  web_accessible_resources: ['aliexpress-reader.js', 'aliexpress-badges.js'],
  web_accessible_matches: ['https://*.aliexpress.com/*', 'https://*.aliexpress.us/*'],
};

interface ContentScript {
  matches: string[];
  js?: string[];
  world?: string;
  all_frames?: boolean;
  match_about_blank?: boolean;
  match_origin_as_fallback?: boolean;
  include_globs?: string[];
}

// `npm test` builds both before the end-to-end tests; a Chromium-only run (`npm run build`) skips Firefox's.
const BUILDS = [
  { name: 'Chrome', dir: EXTENSION_DIR, command: 'npm run build' },
  { name: 'Firefox', dir: path.join(ROOT, '.output/firefox-mv3'), command: 'npm run build:firefox' },
] as const;

for (const build of BUILDS) {
  test.describe(`the ${build.name} build`, () => {
    const file = path.join(build.dir, 'manifest.json');
    test.skip(
      !existsSync(file) && !process.env.CI,
      `no ${build.name} build at ${build.dir}: run "${build.command}" (npm test does)`,
    );
    const manifest = async () => JSON.parse(await readFile(file, 'utf8'));

    test('asks for no more than the documented permissions', async () => {
      const built = await manifest();
      const sorted = (list: string[] | undefined) => [...(list ?? [])].sort();
      const permissions = [
        ...DOCUMENTED.permissions,
        ...(build.name === 'Chrome' ? DOCUMENTED.chromeOnlyPermissions : []),
      ];
      expect(sorted(built.permissions)).toEqual(sorted(permissions));
      expect(sorted(built.host_permissions)).toEqual(sorted(DOCUMENTED.host_permissions));
      expect(sorted(built.optional_permissions)).toEqual(sorted(DOCUMENTED.optional_permissions));
      expect(sorted(built.optional_host_permissions)).toEqual(sorted(DOCUMENTED.optional_host_permissions));
      const scripts = built.content_scripts as ContentScript[];
      const matches = new Set(scripts.flatMap((script) => script.matches));
      expect([...matches].sort()).toEqual(sorted(DOCUMENTED.content_script_matches));
      expect(built.externally_connectable, 'web pages must not message the extension').toBeUndefined();
    });

    test('opens the guide beside the page: Chrome’s side panel, Firefox’s sidebar (closed until asked for)', async () => {
      const built = await manifest();
      if (build.name === 'Chrome') {
        expect(built.side_panel).toEqual({ default_path: 'sidepanel.html' });
        expect(built.sidebar_action).toBeUndefined();
      } else {
        expect(built.sidebar_action).toMatchObject({
          default_panel: 'sidepanel.html',
          default_title: '__MSG_extName__',
          open_at_install: false,
        });
        expect(built.side_panel).toBeUndefined();
      }
    });

    test('runs content scripts in the top frame of the documented pages only, one of them in the page world', async () => {
      const scripts = (await manifest()).content_scripts as ContentScript[];
      for (const script of scripts) {
        // The sender policy accepts only the top frame; a script in frames or about:blank would be refused anyway.
        expect(script.all_frames ?? false).toBe(false);
        expect(script.match_about_blank ?? false).toBe(false);
        expect(script.match_origin_as_fallback ?? false).toBe(false);
        expect(script.include_globs).toBeUndefined();
      }
      const mainWorld = scripts.filter((script) => script.world === 'MAIN').flatMap((script) => script.js ?? []);
      expect(mainWorld).toEqual(DOCUMENTED.main_world_scripts);
    });

    test('exposes only the reader and the badge layer, only to AliExpress pages, and allows no remote code', async () => {
      const built = await manifest();
      // The badges' shadow-root UI carries its CSS inline and loads nothing from the extension; the web-accessible
      // files are the reader the content script imports and the badge layer the reader imports (no image, page or
      // other script).
      const exposed = built.web_accessible_resources as
        | { resources: string[]; matches: string[]; use_dynamic_url?: boolean; extension_ids?: string[] }[]
        | undefined;
      expect(exposed?.map(({ resources, matches }) => ({ resources, matches }))).toEqual([
        { resources: DOCUMENTED.web_accessible_resources, matches: DOCUMENTED.web_accessible_matches },
      ]);
      expect(exposed?.[0]?.extension_ids).toBeUndefined();
      // Chrome: a URL that changes every session, so a page cannot probe for Buyer Guard at a fixed address
      // (Firefox's extension URLs are random per install already).
      if (build.name === 'Chrome') expect(exposed?.[0]?.use_dynamic_url).toBe(true);
      // No policy (the browser's MV3 default: 'self' only), or one without remote sources or eval.
      const policies = Object.values(built.content_security_policy ?? {}) as string[];
      for (const policy of policies) {
        expect(policy).not.toMatch(/https?:|wss?:|\*|data:|blob:|unsafe-eval|unsafe-inline|wasm-unsafe-eval/);
      }
      // No URL anywhere but the match patterns (content scripts', the reader's): no update_url, homepage, remote icon.
      const { content_scripts: _scripts, web_accessible_resources: _exposed, ...rest } = built;
      expect(JSON.stringify(rest)).not.toMatch(/[a-z]+:\/\//i);
    });

    test('keeps each language but English in its own texts file, out of every script', async () => {
      // The worker and each page read only the languages they speak (lib/i18n/load-catalog.ts): a catalog
      // bundled into a script is compiled at every start (the worker's cold start spent about 15 ms on them).
      const files = await readdir(build.dir, { recursive: true });
      const scripts = await Promise.all(
        files.filter((name) => name.endsWith('.js')).map((name) => readFile(path.join(build.dir, name), 'utf8')),
      );
      expect(scripts.length).toBeGreaterThan(5);
      for (const locale of LOCALES.filter((other) => other !== 'en')) {
        const texts = JSON.parse(await readFile(path.join(build.dir, `i18n/${locale}.json`), 'utf8'));
        expect(texts, locale).toEqual(CATALOGS[locale]);
        const sample = CATALOGS[locale]['app.description'];
        expect(sample).not.toBe(CATALOGS.en['app.description']);
        expect(
          scripts.filter((script) => script.includes(sample)),
          `scripts holding the ${locale} texts`,
        ).toEqual([]);
      }
      expect(scripts.some((script) => script.includes(CATALOGS.en['app.description']))).toBe(true);
    });
  });
}
