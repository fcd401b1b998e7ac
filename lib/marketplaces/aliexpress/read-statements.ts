import type { PageRule, PageRuleAnchor, PageRuleKind, PageTimer, PageTimerKind } from '../../model/order';
import { TIMER_PHRASES } from './labels';
import type { Phrases } from './languages';
import { classifyText, findPhrase } from './match-phrases';
import { findDates } from './parse-date';
import { findDuration } from './parse-duration';
import {
  POLICY_ANCHOR_PHRASES,
  POLICY_KIND_PHRASES,
  POLICY_RELATION_PHRASES,
  POLICY_WITHIN_PHRASES,
} from './policy-labels';
import { splitClauses } from './split-clauses';
import { cleanText, foldText } from './text';

const TIMER_TABLE = Object.entries(TIMER_PHRASES) as Array<[PageTimerKind, Phrases]>;
const KIND_TABLE = Object.entries(POLICY_KIND_PHRASES) as Array<[PageRuleKind, Phrases]>;
const ANCHOR_TABLE = Object.entries(POLICY_ANCHOR_PHRASES) as Array<[PageRuleAnchor, Phrases]>;
const DAY_MS = 86_400_000;

/** What the page states about an order's deadlines, clause by clause. */
export interface Statements {
  /** Deadlines the page states: a date (a local day) or a running countdown (an instant). */
  timers: PageTimer[];
  /** Policy sentences ("within 7 days of confirming receipt"): rules anchored on an event. */
  rules: PageRule[];
  /** Clauses that carry a date, a countdown or a span but no meaning we know: left unread. */
  unread: string[];
}

function timerFrom(clause: string, kind: PageTimerKind, now: number, languages: readonly string[]) {
  const dates = findDates(clause, languages);
  // A delivery window ("Nov 20 - Dec 1, 2026") runs out at its later end.
  const date = kind === 'delivery-estimate' ? dates.at(-1) : dates[0];
  if (date) return { kind, endsOn: date.date, raw: clause } satisfies PageTimer;
  const duration = findDuration(clause);
  if (duration && duration.milliseconds > 0)
    return { kind, endsAt: now + duration.milliseconds, raw: clause } satisfies PageTimer;
  return undefined;
}

type Policy = { rule: PageRule } | { unread: true } | undefined;

/**
 * A policy sentence: a span of whole days ("within 7 days") followed by the event it counts from
 * ("of confirming receipt"). The rule's kind comes from what it allows (a return/refund, a dispute).
 * A span tied to an event we do not know, or allowing something else, is a policy all the same: unread,
 * never a countdown.
 */
function policyOf(clause: string): Policy {
  const folded = foldText(clause);
  const within = findPhrase(clause, POLICY_WITHIN_PHRASES, folded);
  if (!within) return undefined;
  const tail = clause.slice(within.end);
  const duration = findDuration(tail);
  if (!duration) return undefined;
  // findDuration's positions are in the trimmed tail.
  const afterSpan = within.end + (tail.length - tail.trimStart().length) + duration.end;
  const rest = folded.slice(afterSpan);
  const anchor = classifyText(rest, ANCHOR_TABLE);
  const related = findPhrase(rest, POLICY_RELATION_PHRASES);
  if (!anchor && related?.start !== 0) return undefined;
  const kind = classifyText(clause, KIND_TABLE)?.key;
  const days = duration.milliseconds / DAY_MS;
  if (!anchor || !kind || !Number.isInteger(days) || days < 1 || days > 400) return { unread: true };
  return { rule: { kind, days, anchor: anchor.key, raw: clause } };
}

function hasValue(clause: string, languages: readonly string[]): boolean {
  return findDates(clause, languages).length > 0 || findDuration(clause) !== undefined;
}

/**
 * The deadlines and rules the page states in its lines of text. Each line is split into clauses
 * (split-clauses.ts) and each clause read by the phrase in it, so a date belongs to the clause it stands
 * in: in "Apply for R$5,00 coupon code if delayed by Aug 3, 2026 · Refund if no delivery before Sep 4,
 * 2026" the first date is the late-delivery coupon, the second the end of buyer protection.
 * A label whose value sits on the next line ("Buyer protection" / "45 days left") is read with it.
 * One timer per kind: the first the page shows.
 *
 * `statement`: every line is a statement of the page's rules (a status reminder, a service commitment),
 * so a clause with a date we cannot place is named in `unread`. Elsewhere (a whole page's lines) only a
 * clause beside understood ones is: a line of labelled dates ("Order date: …") is not a statement.
 */
export function readStatements(
  lines: readonly string[],
  now: number,
  languages: readonly string[],
  options: { statement?: boolean } = {},
): Statements {
  const found: Statements = { timers: [], rules: [], unread: [] };
  for (let i = 0; i < lines.length; i++) {
    const clauses = splitClauses(lines[i] ?? '');
    const unknown: string[] = [];
    let understood = false;
    for (const clause of clauses) {
      const policy = policyOf(clause);
      if (policy && 'rule' in policy) {
        understood = true;
        const { rule } = policy;
        if (!found.rules.some((r) => r.kind === rule.kind && r.anchor === rule.anchor && r.days === rule.days))
          found.rules.push(rule);
        continue;
      }
      if (policy) {
        unknown.push(clause);
        continue;
      }
      const kind = classifyText(clause, TIMER_TABLE)?.key;
      if (!kind) {
        if (hasValue(clause, languages)) unknown.push(clause);
        continue;
      }
      understood = true;
      if (found.timers.some((timer) => timer.kind === kind)) continue;
      // A label's value on the next line, if that line is words (never a link, an image or a code).
      const next = clauses.length === 1 && isProse(lines[i + 1]) ? lines[i + 1] : undefined;
      const timer =
        timerFrom(clause, kind, now, languages) ??
        (next !== undefined && !classifyText(next, TIMER_TABLE) && !policyOf(cleanText(next))
          ? timerFrom(cleanText(`${clause} ${next}`), kind, now, languages)
          : undefined);
      if (timer) found.timers.push(timer);
    }
    if (options.statement || understood)
      for (const clause of unknown) if (!found.unread.includes(clause)) found.unread.push(clause);
  }
  return found;
}

/** Text a buyer reads, not an address of something: a URL, a path, an image's file name or an id. */
export function isProse(line: string | undefined): line is string {
  if (line === undefined) return false;
  const trimmed = line.trim();
  if (/^(?:https?:)?\/\//i.test(trimmed) || /\.(?:jpe?g|png|webp|gif|svg|avif|html?)(?:[_?#/.]|$)/i.test(trimmed))
    return false;
  // One long token with no space (a hash, an id, a file name) is no sentence.
  return /\s/.test(trimmed) || trimmed.length <= 24;
}

/** How a clause left unread is named in diagnostics. */
export function unreadClauseNote(orderId: string, clause: string): string {
  return `${orderId}: statement not understood: "${clause}"`;
}

/** Both readings of one order's statements; the first wins for a kind it states. */
export function combineStatements(first: Statements, second: Statements): Statements {
  return {
    timers: [...first.timers, ...second.timers.filter((timer) => !first.timers.some((t) => t.kind === timer.kind))],
    rules: [...first.rules, ...second.rules.filter((rule) => !first.rules.some((r) => r.raw === rule.raw))],
    unread: [...new Set([...first.unread, ...second.unread])],
  };
}
