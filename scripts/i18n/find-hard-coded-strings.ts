import { readFileSync } from 'node:fs';
import { parse } from '@babel/parser';

/**
 * Finds text a buyer would read that is written into the code instead of coming from the i18n catalogs
 * (lib/i18n/messages/): JSX text, and string literals in the JSX attributes a browser shows or reads aloud
 * (aria-label, title, placeholder, alt…). Used by test/unit/i18n/no-hard-coded-strings.test.ts.
 */
export interface HardCodedString {
  file: string;
  line: number;
  text: string;
}

/** Attributes whose value the buyer sees or hears. */
const SHOWN_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-placeholder',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  'label',
]);

/** Words, not punctuation, numbers or symbols ("·", "→", "(", "5 MB" is still text: it has letters). */
const HAS_WORD = /\p{L}{2,}/u;

interface Node {
  type: string;
  loc?: { start: { line: number } };
  [key: string]: unknown;
}

export function findHardCodedStrings(file: string, source = readFileSync(file, 'utf8')): HardCodedString[] {
  const found: HardCodedString[] = [];
  const ast = parse(source, { sourceType: 'module', plugins: ['typescript', 'jsx'] }) as unknown as Node;
  const report = (node: Node, text: string) => {
    const trimmed = text.replace(/\s+/g, ' ').trim();
    if (HAS_WORD.test(trimmed)) found.push({ file, line: node.loc?.start.line ?? 0, text: trimmed });
  };
  const visit = (node: unknown, parent?: Node): void => {
    if (Array.isArray(node)) {
      for (const child of node) visit(child, parent);
      return;
    }
    if (!node || typeof node !== 'object' || typeof (node as Node).type !== 'string') return;
    const current = node as Node;
    if (current.type === 'JSXText') report(current, String(current.value));
    if (current.type === 'JSXAttribute') {
      const name = current.name as Node;
      const value = current.value as Node | null;
      const attribute = name.type === 'JSXIdentifier' ? String(name.name) : '';
      if (SHOWN_ATTRIBUTES.has(attribute) && value) {
        if (value.type === 'StringLiteral') report(value, String(value.value));
        if (value.type === 'JSXExpressionContainer') literalText(value.expression as Node, report);
      }
    }
    // A string or template literal written straight into JSX children: {'Save'} or {`${n} files`}.
    if (
      current.type === 'JSXExpressionContainer' &&
      (parent?.type === 'JSXElement' || parent?.type === 'JSXFragment')
    ) {
      literalText(current.expression as Node, report);
    }
    for (const [key, value] of Object.entries(current)) {
      if (key === 'loc' || key === 'start' || key === 'end' || key === 'leadingComments' || key === 'trailingComments')
        continue;
      visit(value, current);
    }
  };
  visit(ast);
  return found;
}

/** The literal text of an expression that is (or ends in) a string: `'a'`, `` `a ${b}` ``, `x ? 'a' : 'b'`, `x && 'a'`. */
function literalText(expression: Node | undefined, report: (node: Node, text: string) => void): void {
  if (!expression) return;
  switch (expression.type) {
    case 'StringLiteral':
      report(expression, String(expression.value));
      return;
    case 'TemplateLiteral':
      for (const quasi of expression.quasis as Node[])
        report(quasi, String((quasi.value as { cooked: string }).cooked));
      return;
    case 'ConditionalExpression':
      literalText(expression.consequent as Node, report);
      literalText(expression.alternate as Node, report);
      return;
    case 'LogicalExpression':
      literalText(expression.right as Node, report);
      return;
    default:
      return;
  }
}
