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

/**
 * Text a buyer would read in a plain TypeScript module (badge and panel words, notifications, the evidence
 * summary, CSV headers, status lines): every string or template literal of two or more words. Not text for
 * the buyer, and so left alone:
 * - message keys (`t('list.empty')`: one "word" with dots) and anything of one word;
 * - what developers read: arguments of `new Error(…)`/`TypeError(…)` and of `console.*`;
 * - what the browser reads: CSS (a declaration `prop: value;` or a rule `sel { … }`), DOM selectors
 *   (`querySelector('.a .b')`), attribute names and URLs;
 * - imports, exports and types;
 * - a literal right after a `// i18n-exempt: <why>` comment (the reason is required): for text that is
 *   not the buyer's language by design, e.g. a command line in the evidence summary.
 * Texts for the platform, which stay English by its rule (lib/rules/catalog.ts PLATFORM_TEXT_LANGUAGE), live
 * under lib/rules/compose/platform/ and are not scanned (test/unit/i18n/no-hard-coded-strings.test.ts).
 */
export function findHardCodedTextInModule(file: string, source = readFileSync(file, 'utf8')): HardCodedString[] {
  const found: HardCodedString[] = [];
  const ast = parse(source, { sourceType: 'module', plugins: ['typescript', 'jsx'] }) as unknown as Node;
  const exempt = exemptLines(source);
  const report = (node: Node, text: string) => {
    const line = node.loc?.start.line ?? 0;
    const trimmed = text.replace(/\s+/g, ' ').trim();
    if (exempt.has(line) || !isProse(trimmed)) return;
    found.push({ file, line, text: trimmed.replaceAll(VALUE, '{…}') });
  };
  const visit = (node: unknown, parent: Node | undefined, key: string): void => {
    if (Array.isArray(node)) {
      for (const child of node) visit(child, parent, key);
      return;
    }
    if (!node || typeof node !== 'object' || typeof (node as Node).type !== 'string') return;
    const current = node as Node;
    if (SKIPPED_NODES.has(current.type) || (current.type.startsWith('TS') && !TYPED_EXPRESSIONS.has(current.type)))
      return;
    // In a .tsx file: JSX text and shown attributes are findHardCodedStrings' part; other attributes hold
    // names (className, htmlFor, data-*) unless they run code (onClick={() => setStatus('…')}).
    if (current.type === 'JSXText') return;
    if (current.type === 'JSXAttribute') {
      const value = current.value as Node | null;
      const name = current.name as Node;
      if (SHOWN_ATTRIBUTES.has(String(name.name)) || value?.type !== 'JSXExpressionContainer') return;
      const expression = value.expression as Node;
      if (expression.type !== 'StringLiteral' && expression.type !== 'TemplateLiteral')
        visit(expression, value, 'expression');
      return;
    }
    if (current.type === 'CallExpression' || current.type === 'NewExpression') {
      if (isDeveloperCall(current)) return;
      if (isSelectorCall(current) || isHiddenAttributeCall(current)) {
        visit(current.callee, current, 'callee');
        return;
      }
    }
    // element.className = 'badge chip', element.style.cssText = '…', { className: 'a b' }: names, not text.
    if (current.type === 'AssignmentExpression' && NAME_PROPERTIES.has(calleeName(current.left as Node).property ?? ''))
      return;
    if (current.type === 'ObjectProperty' && NAME_PROPERTIES.has(propertyKey(current))) return;
    if (current.type === 'StringLiteral' && !(parent?.type === 'ObjectProperty' && key === 'key')) {
      report(current, String(current.value));
    }
    if (current.type === 'TemplateLiteral' && parent?.type !== 'TaggedTemplateExpression') {
      const quasis = current.quasis as Node[];
      // A value standing alone counts as a word when the template has words of its own: `${n} files` is
      // text; `${id}-title` or `${x}px` is not.
      report(current, quasis.map((quasi) => String((quasi.value as { cooked: string }).cooked)).join(VALUE));
    }
    if (current.type === 'TaggedTemplateExpression') {
      // html`…`: the markup's text between tags is what the reader sees.
      const quasi = current.quasi as Node;
      for (const part of quasi.quasis as Node[]) {
        for (const text of String((part.value as { cooked: string }).cooked).split(/<[^>]*>/)) report(part, text);
      }
      visit((current.quasi as Node).expressions, current, 'expressions');
      return;
    }
    for (const [childKey, value] of Object.entries(current)) {
      if (NOT_CHILDREN.has(childKey)) continue;
      visit(value, current, childKey);
    }
  };
  visit(ast, undefined, 'program');
  return found;
}

const NOT_CHILDREN = new Set(['loc', 'start', 'end', 'leadingComments', 'trailingComments', 'innerComments', 'extra']);
const SKIPPED_NODES = new Set([
  'ImportDeclaration',
  'ExportAllDeclaration',
  'ImportExpression',
  'Directive',
  'TSLiteralType',
  'TSTypeAnnotation',
  'TSTypeAliasDeclaration',
  'TSInterfaceDeclaration',
]);
/** TypeScript nodes that wrap a value (`{…} as const`, `x satisfies T`, `x!`): their value is scanned, their type not. */
const TYPED_EXPRESSIONS = new Set([
  'TSAsExpression',
  'TSSatisfiesExpression',
  'TSNonNullExpression',
  'TSTypeAssertion',
  'TSInstantiationExpression',
  'TSParameterProperty',
  'TSExportAssignment',
]);
const DEVELOPER_CONSTRUCTORS = new Set(['Error', 'TypeError', 'RangeError', 'DOMException']);
const SELECTOR_METHODS = new Set(['querySelector', 'querySelectorAll', 'closest', 'matches']);

function calleeName(callee: Node): { object?: string; property?: string; name?: string } {
  if (callee.type === 'Identifier') return { name: String(callee.name) };
  if (callee.type === 'MemberExpression' || callee.type === 'OptionalMemberExpression') {
    const object = callee.object as Node;
    const property = callee.property as Node;
    return {
      ...(object.type === 'Identifier' && { object: String(object.name) }),
      ...(property.type === 'Identifier' && { property: String(property.name) }),
    };
  }
  return {};
}

function isDeveloperCall(call: Node): boolean {
  const { name, object } = calleeName(call.callee as Node);
  return (name !== undefined && DEVELOPER_CONSTRUCTORS.has(name)) || object === 'console';
}

function isSelectorCall(call: Node): boolean {
  const { property, object } = calleeName(call.callee as Node);
  return (property !== undefined && SELECTOR_METHODS.has(property)) || object === 'classList';
}

/** Properties whose value is a name the browser reads (classes, ids, styles), never text. */
const NAME_PROPERTIES = new Set(['className', 'id', 'cssText', 'rel', 'type', 'role']);

function propertyKey(property: Node): string {
  const key = property.key as Node;
  return key.type === 'Identifier' ? String(key.name) : key.type === 'StringLiteral' ? String(key.value) : '';
}

/** setAttribute('class', …), setAttribute('d', …): an attribute the buyer neither sees nor hears. */
function isHiddenAttributeCall(call: Node): boolean {
  const { property } = calleeName(call.callee as Node);
  const [name] = call.arguments as Node[];
  return property === 'setAttribute' && name?.type === 'StringLiteral' && !SHOWN_ATTRIBUTES.has(String(name.value));
}

/** Lines whose literal is exempt: the line after a `// i18n-exempt: <why>` comment (and the comment's own). */
function exemptLines(source: string): Set<number> {
  const lines = new Set<number>();
  source.split('\n').forEach((line, index) => {
    if (/\/\/\s*i18n-exempt:\s*\S/.test(line)) {
      lines.add(index + 1);
      lines.add(index + 2);
    }
  });
  return lines;
}

/** Stands for a template's value while its words are counted. */
const VALUE = '\u0000';

/** CSS: only declarations ("top:0!important;left:0") or only rules ("a { … } b { … }"). */
function isCss(text: string): boolean {
  const trimmed = text.trim().replace(/;$/, '');
  // Rules ("a { b: c }", nested in @media too): braces that balance around declarations.
  if (trimmed.includes('{')) {
    const opened = trimmed.split('{').length;
    return opened === trimmed.split('}').length && /\{[^{}]*:[^{}]*\}/.test(trimmed);
  }
  return trimmed.split(';').every((declaration) => /^\s*-?[a-z-]+\s*:[^:]+$/i.test(declaration));
}

/** A word of prose: letters, maybe with punctuation around them ("order", "(estimated)", "can’t,"). */
const WORD = /^[\p{P}\p{S}]*\p{L}[\p{L}\p{M}'’-]*[\p{P}\p{S}]*$/u;

/** Two or more words (a template's values count once it has a word), and not CSS or a URL. */
function isProse(text: string): boolean {
  const tokens = text.split(/\s+/).filter(Boolean);
  const words = tokens.filter((token) => WORD.test(token) && HAS_WORD.test(token)).length;
  const values = tokens.filter((token) => token.replace(/[\p{P}\p{S}]/gu, '') === VALUE).length;
  if (words === 0 || words + values < 2) return false;
  if (/^[a-z][a-z0-9+.-]*:\/\/\S*$/i.test(text.trim())) return false;
  return !isCss(text.replaceAll(VALUE, ''));
}
