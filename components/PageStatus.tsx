import { type BackgroundStatus as Status, useBackgroundStatus } from './data/useBackgroundStatus';
import { ReadingNotes } from './ReadingNotes';

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
      {reading && <ReadingNotes reading={reading} />}
    </>
  );
}
