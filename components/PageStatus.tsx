import { type BackgroundStatus as Status, useBackgroundStatus } from './data/useBackgroundStatus';

const PAGE_NAMES: Record<NonNullable<Status['lastPage']>['pageKind'], string> = {
  'order-list': 'My Orders',
  'order-detail': 'an order page',
  tracking: 'a tracking page',
  dispute: 'a dispute page',
  unknown: 'an AliExpress page',
};

const READ_FAILURES: Record<NonNullable<NonNullable<Status['lastReading']>['reason']>, string> = {
  'not-a-buyer-page': 'not an order page.',
  'layout-not-recognised': 'its layout is new to Buyer Guard.',
  'not-signed-in': 'you are not signed in.',
  empty: 'no orders shown.',
  'verification-required': 'AliExpress wants you to solve its robot check first; the orders are read once they show.',
};

type Reading = NonNullable<Status['lastReading']>;

/** What became of a reading's orders, when not all of them were stored (empty when they were). */
function storageNotes(reading: Reading): string[] {
  if (reading.notStored) return ['Buyer Guard could not store this reading; everything stored before is unchanged.'];
  const notes: string[] = [];
  const dropped = reading.dropped ?? [];
  const first = dropped[0];
  const count = reading.stored === undefined ? dropped.length : reading.orderCount - reading.stored;
  if (first && count > 0) {
    notes.push(
      `${count} ${count === 1 ? 'order was' : 'orders were'} not kept because the page gave a value Buyer Guard cannot use (order ${first.orderId}: ${first.why}).`,
    );
  }
  const disagreement = reading.deadlineDisagreements?.[0];
  if (disagreement) {
    notes.push(
      `Order ${disagreement.orderId}: the page shows ${shownDate(disagreement.dom)} but its data says ${shownDate(disagreement.json)} (${disagreement.field.replace('timers.', '').replaceAll('-', ' ')}). Buyer Guard keeps the earlier; check the order on AliExpress.`,
    );
  }
  return notes;
}

/** A deadline as the reading recorded it (an ISO instant or a day), for the sentence above. */
function shownDate(value: string): string {
  const at = Date.parse(value);
  return value.length > 10 && Number.isFinite(at) ? new Date(at).toLocaleString() : value;
}

/** What the background has seen lately, or why it could not be asked. */
export function PageStatus() {
  const { status, error } = useBackgroundStatus();

  if (error) return <p role="alert">{error}</p>;
  if (!status) return <p className="muted">Loading…</p>;
  if (!status.lastPage) {
    return <p data-testid="page-status">No AliExpress order page seen yet. Open My Orders on AliExpress to start.</p>;
  }
  const reading = status.lastReading;
  return (
    <>
      <p data-testid="page-status">
        Last seen: {PAGE_NAMES[status.lastPage.pageKind]} at {new Date(status.lastPage.seenAt).toLocaleTimeString()}.
      </p>
      {reading && (
        <p data-testid="reading-status">
          {reading.ok
            ? `Read ${reading.orderCount} ${reading.orderCount === 1 ? 'order' : 'orders'} on ${PAGE_NAMES[reading.pageKind ?? 'unknown']}.`
            : `Could not read ${PAGE_NAMES[reading.pageKind ?? 'unknown']}: ${READ_FAILURES[reading.reason ?? 'layout-not-recognised']}`}
        </p>
      )}
      {reading &&
        storageNotes(reading).map((note) => (
          <p key={note} className="warning" data-testid="reading-note">
            {note}
          </p>
        ))}
    </>
  );
}
