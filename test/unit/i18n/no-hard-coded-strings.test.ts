import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findHardCodedStrings, findHardCodedTextInModule } from '../../../scripts/i18n/find-hard-coded-strings';

const ROOT = path.resolve(__dirname, '../../..');
/** React components and pages: JSX text and shown attributes (findHardCodedStrings), and their code's texts. */
const SCANNED_JSX_DIRS = ['components', 'entrypoints'];
/**
 * Modules that build what a buyer reads without JSX — badge and panel words, notifications, status lines,
 * the evidence summary, CSV headers, the advisor's and the formatter's words — and every other .ts module
 * beside them: any literal of two words or more (findHardCodedTextInModule).
 */
const SCANNED_MODULE_DIRS = [
  'components',
  'entrypoints',
  'lib/background',
  'lib/badges',
  'lib/db',
  'lib/evidence',
  'lib/format',
  'lib/pages',
  'lib/report',
  'lib/rules',
];
/**
 * Not the buyer's text, each for a reason. Texts for AliExpress stay English by the platform's rule
 * (PLATFORM_TEXT_LANGUAGE in lib/rules/catalog.ts): they live under lib/rules/compose/platform/.
 */
const NOT_BUYER_TEXT: Record<string, string> = {
  'lib/rules/compose/platform/': 'texts for the platform, English by its rule',
  'lib/db/schema.ts': 'Dexie index specifications and version notes for developers',
  // The buyer reads a rule through lib/rules/rule-explanations.ts (catalogs' `rule.*`); the catalog's own
  // summaries, sources and notes are the developers' record behind docs/RULES.md.
  'lib/rules/catalog.ts': 'the rule catalog: sources and notes for developers and docs/RULES.md',
};

/**
 * Files that still hold English written into the code, with how many texts, while they move to the
 * catalogs. The list may only shrink: a new hard-coded text anywhere fails, and so does a count here
 * that is higher than what the file still has (lower it, or remove the file, as texts move).
 */
const STILL_TO_MOVE: Record<string, number> = JSON.parse(
  readFileSync(path.join(__dirname, 'hard-coded-strings-to-move.json'), 'utf8'),
);

function filesUnder(dirs: readonly string[], extension: string): string[] {
  return dirs
    .flatMap((dir) =>
      (readdirSync(path.join(ROOT, dir), { recursive: true }) as string[])
        .filter((file) => file.endsWith(extension) && !file.endsWith('.d.ts'))
        .map((file) => path.posix.join(dir, file.split(path.sep).join('/'))),
    )
    .filter((file) => !Object.keys(NOT_BUYER_TEXT).some((skipped) => file.startsWith(skipped)))
    .sort();
}

describe('user-visible text comes from the i18n catalogs', () => {
  const counts = new Map([
    // A .tsx file: its JSX, and the texts its code builds outside JSX (a status message, a title), once each.
    ...filesUnder(SCANNED_JSX_DIRS, '.tsx').map((file) => {
      const both = [
        ...findHardCodedStrings(path.join(ROOT, file)),
        ...findHardCodedTextInModule(path.join(ROOT, file)),
      ];
      const seen = new Set<string>();
      return [
        file,
        both.filter((found) => !seen.has(`${found.line}|${found.text}`) && seen.add(`${found.line}|${found.text}`)),
      ] as const;
    }),
    ...filesUnder(SCANNED_MODULE_DIRS, '.ts').map(
      (file) => [file, findHardCodedTextInModule(path.join(ROOT, file))] as const,
    ),
  ]);

  it.each([...counts.keys()])('%s has no new hard-coded text', (file) => {
    const found = counts.get(file) ?? [];
    const allowed = STILL_TO_MOVE[file] ?? 0;
    expect(found.length, found.map((f) => `${file}:${f.line} "${f.text}"`).join('\n')).toBeLessThanOrEqual(allowed);
    expect(found.length, `${file} has ${found.length} left: lower its count in the list`).toBe(allowed);
  });

  it('lists only files that exist', () => {
    for (const file of Object.keys(STILL_TO_MOVE)) expect(counts.has(file), file).toBe(true);
  });
});

describe('findHardCodedStrings', () => {
  const scan = (source: string) => findHardCodedStrings('x.tsx', source).map((f) => f.text);

  it('finds JSX text, shown attributes and literal children', () => {
    expect(
      scan(
        `export const A = () => <p title="Due soon" aria-label={'Close'}>Next step: {'Open'} {ok ? 'Yes' : \`No \${n}\`}</p>;`,
      ),
    ).toEqual(['Due soon', 'Close', 'Next step:', 'Open', 'Yes', 'No']);
  });

  it('leaves translated text, class names, punctuation and numbers alone', () => {
    expect(scan(`export const A = () => <p className="muted" data-x="value">{t('k')} · → 5 ( )</p>;`)).toEqual([]);
  });
});

describe('findHardCodedTextInModule', () => {
  const scan = (source: string) => findHardCodedTextInModule('x.ts', source).map((f) => f.text);

  it('finds texts of two words or more: literals, templates, object values, markup text', () => {
    expect(
      scan(`
        const TEXT = { close: 'Close the panel', more: (n: number) => \`…and \${n} more\` } as const;
        export const title = (id: string) => \`Order \${id}\`;
        export const page = html\`<h2>Tracking events</h2><p>\${x}</p>\`;
      `),
    ).toEqual(['Close the panel', '…and {…} more', 'Order {…}', 'Tracking events']);
  });

  it('leaves keys, single words, names, CSS, selectors, URLs, developer errors and types alone', () => {
    expect(
      scan(`
        import { a } from './some module';
        type Kind = 'two words';
        const key = t('list.empty.title', { count: 2 });
        const word = 'Overdue';
        element.className = 'badge chip chip-urgent';
        element.setAttribute('class', 'panel open');
        node.style.cssText = 'top:0!important;left:0 !important';
        const css = \`:host{all:initial}\\n.a { color: red; }\`;
        const slot = \`\${prefix}panel-\${id}\`;
        const moved = \`translate(\${x}px, \${y}px)\`;
        document.querySelector('.ship-steps li .text');
        const url = 'https://www.aliexpress.com/p/order/index.html';
        if (!ok) throw new Error(\`Order \${id} is not tracked.\`);
        console.debug('[Buyer Guard] reading failed', error);
      `),
    ).toEqual([]);
  });

  it('skips a literal marked i18n-exempt with a reason, and only with one', () => {
    expect(
      scan(`
        // i18n-exempt: a command line, the same in every language
        const command = 'certutil -hashfile FILE SHA256';
        // i18n-exempt:
        const text = 'Not exempt without a reason';
      `),
    ).toEqual(['Not exempt without a reason']);
  });
});
