import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { shadowCss } from '../../../lib/badges/shadow-css';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const theme = readFileSync(path.join(ROOT, 'components/theme.css'), 'utf8');

describe('shadowCss', () => {
  it('reads the extension theme’s :root as the shadow host, light and dark, and adds the badge rules after it', () => {
    const css = shadowCss(theme, '.badge{}');
    expect(css).not.toContain(':root');
    expect(css).toMatch(/:host\s*\{[^}]*--danger:\s*#b3261e/);
    expect(css).toMatch(/@media \(prefers-color-scheme: dark\)\s*\{\s*:host\s*\{[^}]*--danger:\s*#ff8a80/);
    expect(css).toContain('.chip-overdue');
    expect(css.endsWith('.badge{}')).toBe(true);
  });
});
