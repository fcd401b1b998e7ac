/** The popup's shell and order list, status lines, empty states and the welcome page. */
export const list = {
  'list.settings': 'Settings',
  'list.footer': 'Your orders and evidence stay on this device.',
  'list.loading': 'Loading…',
  'list.title': 'Orders',
  'list.openMyOrders': 'Open My Orders',
  'list.openMyOrders.newTab': 'Open My Orders on AliExpress (new tab)',

  // The urgency filters: toggles that show only the orders of one urgency (hidden when none has it).
  'list.filter.legend': 'Show only',
  'list.filter.overdue': 'Overdue ({count, number})',
  'list.filter.urgent': 'Urgent ({count, number})',
  'list.filter.soon': 'Soon ({count, number})',
  'list.filter.upcoming': 'Upcoming ({count, number})',
  'list.search.label': 'Search orders',
  'list.search.placeholder': 'Search item, store or order number',
  'list.status.label': 'Status',
  'list.status.any': 'Any status',
  'list.store.label': 'Store',
  'list.store.any': 'Any store',
  'list.disputesOnly': 'Disputes only',
  'list.noMatch': 'No order matches these filters.',
  'list.empty.title': 'No orders yet',
  'list.empty.text':
    'Open My Orders on AliExpress: Buyer Guard reads your orders from the page and shows their deadlines here.',
  'list.count': '{count, plural, one {# order} other {# orders}}',

  // One order in the list.
  'list.item.items': '{count, plural, one {# item} other {# items}}',
  'list.item.more': '+ {count, plural, one {# more} other {# more}}',
  'list.item.noTitle': 'Item not read yet',
  'list.item.noStore': 'Store not read yet',
  'list.item.dispute': 'Dispute',
  'list.item.noDeadline': 'No date to watch',
  'list.urgency.overdue': 'Overdue',
  'list.urgency.urgent': 'Urgent',
  'list.urgency.soon': 'Soon',
  'list.urgency.upcoming': 'Upcoming',
  'list.urgency.none': 'No rush',
  'list.chip.title': '{urgency} · {source}',

  // Order statuses in plain words (the page's own wording is shown where it was read).
  'order.status.awaiting-payment': 'Awaiting payment',
  'order.status.awaiting-shipment': 'Awaiting shipment',
  'order.status.shipped': 'Shipped',
  'order.status.delivered': 'Delivered',
  'order.status.completed': 'Completed',
  'order.status.closed': 'Closed',
  'order.status.unknown': 'Status not read yet',

  // The status line: what Buyer Guard read last, in plain words.
  'list.page.order-list': 'My Orders',
  'list.page.order-detail': 'the order page',
  'list.page.tracking': 'the tracking page',
  'list.page.dispute': 'returns and refunds',
  'list.page.unknown': 'an AliExpress page',
  'list.when.justNow': 'just now',
  'list.status.read': 'Read {when}: {page}, {count, plural, one {# order} other {# orders}}',
  'list.status.failed': 'Could not read {page} ({when}): {reason}',
  'list.status.seen': 'Opened {when}: {page}',
  'list.status.none': 'No AliExpress order page read yet. Open My Orders on AliExpress to start.',
  'list.status.error': 'Buyer Guard’s background did not answer: {error}',
  'list.status.noAnswer': 'Buyer Guard’s background did not answer. Close this window and open it again.',
  'list.failure.not-a-buyer-page': 'it is not an order page.',
  'list.failure.layout-not-recognised': 'its layout is new to Buyer Guard.',
  'list.failure.not-signed-in': 'you are not signed in.',
  'list.failure.empty': 'it shows no orders.',
  'list.failure.verification-required':
    'AliExpress wants you to solve its robot check first; the orders are read once they show.',

  // "Save a report" for a page that was not read, or not all of it.
  'list.report.partly': '{count, plural, one {One detail} other {# details}} could not be read.',
  'list.report.save': 'Save a report',
  'list.report.privacy':
    'The report shows how the page is built, not your orders, names or addresses. Nothing is sent.',
  'list.report.none': 'No report was kept for this page: open it again and wait a few seconds.',
  'list.report.failed': 'Could not save the report.',

  // What became of a reading beyond "read N orders".
  'list.note.notStored': 'Buyer Guard could not store this reading; everything stored before is unchanged.',
  'list.note.dropped':
    '{count, plural, one {# order was} other {# orders were}} not kept because the page gave a value Buyer Guard cannot use (order {orderId}: {why}).',
  'list.note.shortened':
    '{count, plural, one {# text on the page was longer than Buyer Guard keeps and was shortened.} other {# texts on the page were longer than Buyer Guard keeps and were shortened.}}',
  'list.note.tooManyReadings':
    'This page changed faster than anyone reads it: Buyer Guard paused reading it for a minute. Nothing stored was lost; it reads the page again after the pause.',
  'list.note.tooManyNewOrders':
    '{count, plural, one {# new order was} other {# new orders were}} not kept: the page showed more new orders within a minute than Buyer Guard takes from one page. Nothing stored was lost; it reads the page again in a minute.',
  'list.note.tooManyOrders':
    '{count, plural, one {# new order was} other {# new orders were}} not kept: Buyer Guard holds as many orders as it can. Nothing stored was lost; delete orders you no longer need to make room.',
  'list.note.disagreement':
    'Order {orderId}: the page shows {shown} but its data says {data} ({what}). Buyer Guard keeps the earlier date; check the order on AliExpress.',

  // The browser is out of room.
  'list.storage.title': 'Buyer Guard could not save: this browser has no room left.',
  'list.storage.text':
    'The last change (at {time}) was not stored; everything saved before is intact. Free some disk space or delete old evidence files, and export a backup to be safe.',

  // The welcome page, opened once on install.
  'welcome.title': 'Welcome to Buyer Guard',
  'welcome.lead':
    'Buyer Guard stands beside you on your AliExpress order pages, so that no refund is lost to a missed deadline or weak evidence.',
  'welcome.does.title': 'What it does',
  'welcome.does.read':
    'Reads your orders when you open My Orders, an order, its tracking or a dispute: status, the protection countdown and every date the page states.',
  'welcome.does.badge':
    'Puts a badge beside each order with the date that matters first; a click shows what to do next.',
  'welcome.does.remind': 'Reminds you before a deadline runs out, and guides you through the dispute step by step.',
  'welcome.does.evidence': 'Collects photos, videos and screenshots as evidence, checked against the form’s limits.',
  'welcome.device.title': 'What stays on this device',
  'welcome.device.text':
    'Everything: your orders, deadlines, notes and evidence are kept in this browser only. Buyer Guard has no server and no account, and sends nothing anywhere. You can export a backup or delete everything in the settings.',
  'welcome.start.title': 'Start',
  'welcome.start.text':
    'Open My Orders on AliExpress (signed in). Buyer Guard reads the orders on the page; then click its icon in the toolbar to see them.',
} as const;

export type ListMessages = Readonly<Record<keyof typeof list, string>>;
