// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { chainTo, staticImports } from '../static-imports';

// The popup's first screen (the list) reads rows and the language setting and draws them: Zod is loaded
// only with what validates (a message, the guide to one order), imported after the first render. A static
// import of a module that imports Zod would bring it back into every popup start; this names the path.

const ENTRY = 'entrypoints/popup/main.tsx';

describe('the popup’s first screen', () => {
  it('imports no Zod statically', async () => {
    const importedBy = await staticImports(ENTRY);
    // The walk itself must see the list, the database and the language before it can say anything.
    for (const needed of ['components/orders/OrderList.tsx', 'lib/db/queries.ts', 'lib/db/read-language-choice.ts']) {
      expect(importedBy.has(needed), needed).toBe(true);
    }
    const zod = [...importedBy.keys()].filter((module) => module.includes('node_modules/zod/'));
    expect(zod.map((module) => chainTo(module, importedBy))).toEqual([]);
  });

  it('starts from an early script that holds no library at all', async () => {
    // entrypoints/early-read.ts runs while the popup's larger scripts load: a library in it would make it one of them.
    const importedBy = await staticImports('entrypoints/early-read.ts');
    expect(importedBy.has('lib/pages/early-read.ts')).toBe(true);
    const libraries = [...importedBy.keys()].filter(
      (module) => module.includes('node_modules/') && !module.includes('node_modules/wxt/'),
    );
    expect(libraries.map((module) => chainTo(module, importedBy))).toEqual([]);
  });
});
