import { type DeadlineFormatOptions, deadlineView } from '../format/deadline-format';
import { deadlineWords } from '../format/deadline-words';
import type { Translator } from '../i18n/translator';
import type { Deadline, Urgency } from '../model/deadline';
import type { OrderBadge, PageWords } from './order-badge';

/**
 * The words of the badges, worded in the background in the buyer's language and sent with its answer to
 * a reading (lib/messaging/content-replies.ts): the content script only draws them, so it carries no
 * catalog and no date formatter.
 */
export interface BadgeText {
  /** Colour class, the same as the extension pages' chips (`chip-<urgency>`). */
  urgency: Urgency;
  /** No deadline: the badge only says the order is tracked, in a quiet style. */
  quiet: boolean;
  /** What the badge reads: "Buyer protection ends: Dec 3, 3:29 PM", "Overdue: Last day to open a dispute: …". */
  text: string;
  /** The badge's accessible name: its visible text first (what a voice user says), then time left, urgency, order, action. */
  label: string;
  /** The panel's line about the deadline: the same date, the time left and who stated it. */
  detail: string;
}

/** What the background knows of one order on the page, to be worded for its badge. */
export interface BadgeFacts {
  orderId: string;
  /** Its headline deadline (still relevant), or null when none is known. */
  deadline: (Pick<Deadline, 'kind' | 'dueAt' | 'dueOn' | 'source' | 'urgency'> & { label?: string }) | null;
  /** The advisor's next step, in the buyer's language. */
  advice: { title: string; why: string };
  /** Facts the panel states besides the advice ("Tracking has not moved for 26 days."). */
  facts?: readonly string[];
}

type Words = Pick<Translator, 't' | 'locale'>;

/**
 * Pure: the words of one badge at `now`, through the one deadline formatter (the same date as the
 * popup, the guide and the notification) in the translator's language. The colour never carries
 * meaning alone (the words say it too). Without a deadline the badge only says the order is tracked:
 * not "nothing due", for a dispute whose dates the page does not show Buyer Guard cannot promise that.
 */
export function badgeText(
  orderId: string,
  deadline: BadgeFacts['deadline'],
  now: number,
  words: Words,
  options: Pick<DeadlineFormatOptions, 'timeZone'> = {},
): BadgeText {
  const { t } = words;
  const action = t('page.badge.action', { orderId });
  if (!deadline) {
    const text = t('page.badge.nothingDue');
    return {
      urgency: 'none',
      quiet: true,
      text,
      label: t('page.badge.labelNoDeadline', { text, action }),
      detail: t('page.badge.noDeadline'),
    };
  }
  const format = { ...options, locale: words.locale };
  const view = deadlineView(deadline, now, format);
  const overdue = deadline.urgency === 'overdue';
  const text = overdue ? t('page.badge.overdue', { text: view.text }) : view.text;
  const label = overdue
    ? t('page.badge.label', { text, left: view.left, source: view.source, action })
    : t('page.badge.labelWithUrgency', {
        text,
        left: view.left,
        source: view.source,
        urgency: deadlineWords(words.locale).urgency[deadline.urgency].toLocaleLowerCase(words.locale),
        action,
      });
  return { urgency: deadline.urgency, quiet: false, text, label, detail: view.line };
}

/** One order's badge and panel, worded: what the background sends for the content script to draw. */
export function orderBadge(
  facts: BadgeFacts,
  now: number,
  words: Words,
  options: Pick<DeadlineFormatOptions, 'timeZone'> = {},
): OrderBadge {
  const { urgency, quiet, text, label, detail } = badgeText(facts.orderId, facts.deadline, now, words, options);
  return {
    orderId: facts.orderId,
    urgency,
    quiet,
    text,
    label,
    panel: {
      brand: words.t('page.panel.brand', { orderId: facts.orderId }),
      title: facts.advice.title,
      detail,
      why: facts.advice.why,
      // A fact the advice already says is not said twice.
      facts: (facts.facts ?? []).filter((fact) => !facts.advice.why.includes(fact)),
    },
  };
}

/**
 * The words the page's Buyer Guard elements share: the panel's buttons, the notice about a page not
 * read. `missing` is how many details the reading left unread (the notice's count).
 */
export function pageWords(words: Words, missing = 0): PageWords {
  const { t } = words;
  return {
    openGuide: t('page.panel.openGuide'),
    close: t('page.panel.close'),
    guideFailed: t('page.panel.guideFailed'),
    notice: {
      notRead: t('page.notice.notRead'),
      partlyRead: t('page.notice.partlyRead', { count: missing }),
      privacy: t('page.notice.privacy'),
      save: t('page.notice.save'),
      dismiss: t('page.notice.dismiss'),
    },
  };
}
