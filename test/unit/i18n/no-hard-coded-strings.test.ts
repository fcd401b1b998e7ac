import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findHardCodedStrings } from '../../../scripts/i18n/find-hard-coded-strings';

const ROOT = path.resolve(__dirname, '../../..');
const SCANNED_DIRS = ['components', 'entrypoints'];

/**
 * Files that still hold English written into the code, with how many texts, while they move to the
 * catalogs. The list may only shrink: a new hard-coded text anywhere fails, and so does a count here
 * that is higher than what the file still has (lower it, or remove the file, as texts move).
 */
const STILL_TO_MOVE: Record<string, number> = JSON.parse(
  readFileSync(path.join(__dirname, 'hard-coded-strings-to-move.json'), 'utf8'),
);

function scannedFiles(): string[] {
  return SCANNED_DIRS.flatMap((dir) =>
    (readdirSync(path.join(ROOT, dir), { recursive: true }) as string[])
      .filter((file) => file.endsWith('.tsx'))
      .map((file) => path.posix.join(dir, file.split(path.sep).join('/'))),
  ).sort();
}

describe('user-visible text comes from the i18n catalogs', () => {
  const counts = new Map(scannedFiles().map((file) => [file, findHardCodedStrings(path.join(ROOT, file))]));

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
