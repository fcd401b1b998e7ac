/**
 * What Buyer Guard shows on AliExpress's pages: badges, their panels, a page it could not read. The
 * background formats these in the buyer's language and sends the words with its answer to a reading, so
 * the content script carries no catalog (lib/messaging/content-replies.ts).
 */
export const page = {
  'page.badge.nothingDue': 'Tracked — no deadline',
  'page.badge.noDeadline': 'No deadline is known for this order.',
  'page.badge.overdue': 'Overdue: {text}',
  'page.badge.action': 'Buyer Guard, order {orderId}: show the next step',
  'page.badge.label': '{text}, {left} ({source}). {action}',
  'page.badge.labelWithUrgency': '{text}, {left} ({source}) — {urgency}. {action}',
  'page.badge.labelNoDeadline': '{text}. {action}',
  'page.panel.brand': 'Buyer Guard · order {orderId}',
  'page.panel.openGuide': 'Open the guide',
  'page.panel.close': 'Close',
  'page.panel.guideFailed': 'Could not open the guide. Open Buyer Guard from the browser toolbar.',
  'page.panel.notTracked.title': 'Not tracked yet',
  'page.panel.notTracked.why': 'Buyer Guard has not stored this order yet.',
  'page.notice.notRead': 'Buyer Guard could not read this page: its layout is new to Buyer Guard.',
  'page.notice.partlyRead':
    '{count, plural, one {Buyer Guard read this page, but one detail could not be read.} other {Buyer Guard read this page, but # details could not be read.}}',
  'page.notice.privacy':
    'The report shows how the page is built, not your orders, names or addresses. Nothing is sent.',
  'page.notice.save': 'Save a report',
  'page.notice.dismiss': 'Dismiss',
  'page.capture.tab-gone': 'The AliExpress tab is closed, so there is nothing to capture.',
  'page.capture.no-access':
    'Buyer Guard may not capture that tab: it has changed page since you clicked the Buyer Guard icon on it, or the icon was clicked on another tab.',
  'page.capture.not-marketplace':
    'That tab does not show an AliExpress page any more, so Buyer Guard does not capture it.',
  'page.capture.capture-failed': 'The browser refused to capture the tab.',
  'page.capture.withDetail': '{message} ({detail})',
} as const;

export type PageMessages = Readonly<Record<keyof typeof page, string>>;
