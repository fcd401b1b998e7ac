// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { chainTo, staticImports } from '../static-imports';

// The badge layer is a file of its own, imported by the reader only once the background has answered with
// badges to draw (lib/badges/badge-handoff.ts): a page with nothing to badge never loads or evaluates it.
// A static import of the layer from the reader would quietly bring it back into every order page.

/** The layer's own modules and stylesheets: what the reader must not carry. */
const LAYER = [
  'lib/badges/badge-layer.ts',
  'lib/badges/badge-view.ts',
  'lib/badges/place-badge.ts',
  'lib/badges/place-panel.ts',
  'lib/badges/frame-batch.ts',
  'lib/badges/near-screen.ts',
  'lib/badges/page-badges.ts',
  'lib/badges/badges.css?inline',
  'components/theme.css?inline',
];

describe('the badge layer’s file', () => {
  it('is not in the reader', async () => {
    const importedBy = await staticImports('entrypoints/aliexpress-reader.ts');
    // The walk must reach the reader and the page's readers before its silence about the layer means anything.
    for (const needed of ['lib/content/start-reader.ts', 'lib/marketplaces/aliexpress/read-order-list.ts']) {
      expect(importedBy.has(needed), needed).toBe(true);
    }
    const carried = [...importedBy.keys()].filter((module) => LAYER.some((layer) => module.startsWith(layer)));
    expect(carried.map((module) => chainTo(module, importedBy))).toEqual([]);
  });

  it('holds the layer and its styles, and none of the page readers', async () => {
    const importedBy = await staticImports('entrypoints/aliexpress-badges.ts');
    for (const needed of [
      'lib/badges/badge-layer.ts',
      'lib/badges/page-badges.ts',
      'lib/badges/badges.css?inline',
      'components/theme.css?inline',
    ]) {
      expect(importedBy.has(needed), needed).toBe(true);
    }
    const readers = [...importedBy.keys()].filter((module) => /lib\/marketplaces\/aliexpress\/read-/.test(module));
    expect(readers.map((module) => chainTo(module, importedBy))).toEqual([]);
  });
});
