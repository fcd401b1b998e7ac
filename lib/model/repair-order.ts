import { type Order, orderSchema } from './order';

/** Removes the value at an issue's path (an array entry is spliced out). */
function removeAt(target: unknown, path: readonly PropertyKey[]): boolean {
  let parent = target as Record<PropertyKey, unknown>;
  for (const key of path.slice(0, -1)) {
    const next = parent?.[key];
    if (typeof next !== 'object' || next === null) return false;
    parent = next as Record<PropertyKey, unknown>;
  }
  const last = path.at(-1);
  if (last === undefined) return false;
  if (Array.isArray(parent) && typeof last === 'number') parent.splice(last, 1);
  else delete parent[last];
  return true;
}

/** The value at a path, or undefined. */
function valueAt(target: unknown, path: readonly PropertyKey[]): unknown {
  let value = target as Record<PropertyKey, unknown> | undefined;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = value[key] as Record<PropertyKey, unknown> | undefined;
  }
  return value;
}

/** Sets the value at an existing path. */
function setAt(target: unknown, path: readonly PropertyKey[], value: unknown): void {
  const parent = valueAt(target, path.slice(0, -1)) as Record<PropertyKey, unknown>;
  const last = path.at(-1);
  if (parent && last !== undefined) parent[last] = value;
}

/** A text cut to `max` characters (whole characters, never half an emoji), the last one an ellipsis. */
function shorten(text: string, max: number): string {
  let kept = '';
  for (const character of text) {
    if (kept.length + character.length > max - 1) break;
    kept += character;
  }
  return `${kept}…`;
}

/**
 * A text or a list over its limit (TEXT_LIMITS, LIST_LIMITS in order.ts) is cut to it rather than lost:
 * what the page showed stays, within bounds. True when the issue was of that kind.
 */
function cutToLimit(
  copy: unknown,
  issue: { code?: string; maximum?: unknown; path: PropertyKey[] },
  notes: string[],
  orderId: string,
): boolean {
  if (issue.code !== 'too_big' || typeof issue.maximum !== 'number') return false;
  const value = valueAt(copy, issue.path);
  const where = issue.path.map(String).join('.');
  if (typeof value === 'string') {
    setAt(copy, issue.path, shorten(value, issue.maximum));
    notes.push(`${orderId}: ${where} (shortened to ${issue.maximum} characters)`);
    return true;
  }
  if (Array.isArray(value)) {
    value.length = issue.maximum;
    notes.push(`${orderId}: ${where} (only the first ${issue.maximum} kept)`);
    return true;
  }
  return false;
}

/** Most orders are valid; one with more bad values than this is not worth saving. */
const MAX_REPAIRS = 30;

/**
 * The order as the model accepts it: a value the schema rejects (an invalid URL, an empty title, a
 * countdown `Date` cannot hold) is removed and named in `notes` ("<id>: <path> (unreadable value)"),
 * and a text or list over its limit is cut to it ("(shortened to 500 characters)"), so one bad field
 * never loses the order. Undefined when the identity itself is bad. Used on what a
 * reader read and on rows stored by an earlier version alike. Never throws.
 */
export function repairOrder(order: unknown, notes: string[]): Order | undefined {
  // Nearly every order is valid as it is: copy (to cut bad values out) only when it is not.
  const first = orderSchema().safeParse(order);
  if (first.success) return first.data;
  let copy: Partial<Order>;
  try {
    copy = structuredClone(order) as Partial<Order>;
  } catch {
    return undefined;
  }
  if (typeof copy !== 'object' || copy === null) return undefined;
  for (let attempt = 0; attempt < MAX_REPAIRS; attempt++) {
    const parsed = orderSchema().safeParse(copy);
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues[0];
    const path = (issue?.path ?? []).filter((key): key is string | number => typeof key !== 'symbol');
    if (!path.length || path[0] === 'orderId' || path[0] === 'marketplace') return undefined;
    if (issue && cutToLimit(copy, { ...issue, path }, notes, String(copy.orderId))) continue;
    notes.push(`${String(copy.orderId)}: ${path.join('.')} (unreadable value)`);
    // A timer is its end: one whose end cannot be kept goes whole.
    const cut = path[0] === 'timers' && path.length > 2 ? path.slice(0, 2) : path;
    if (!removeAt(copy, cut)) return undefined;
    for (const key of ['items', 'timers', 'actions', 'pageRules'] as const)
      if (Array.isArray(copy[key]) && !copy[key]?.length) delete copy[key];
  }
  return undefined;
}
