import { useState } from 'react';
import { MessageError, sendMessage } from '../lib/messaging/send';
import { downloadBytes } from '../lib/pages/download-bytes';
import { type BackgroundStatus as Status, useBackgroundStatus } from './data/useBackgroundStatus';
import { ReadingNotes } from './ReadingNotes';

const PAGE_NAMES: Record<NonNullable<Status['lastPage']>['pageKind'], string> = {
  'order-list': 'My Orders',
  'order-detail': 'an order page',
  tracking: 'a tracking page',
  dispute: 'a returns/refunds page',
  unknown: 'an AliExpress page',
};

const READ_FAILURES: Record<NonNullable<NonNullable<Status['lastReading']>['reason']>, string> = {
  'not-a-buyer-page': 'not an order page.',
  'layout-not-recognised': 'its layout is new to Buyer Guard.',
  'not-signed-in': 'you are not signed in.',
  empty: 'no orders shown.',
  'verification-required': 'AliExpress wants you to solve its robot check first; the orders are read once they show.',
};

/** The words of the report offer, in one place for the i18n layer. */
const REPORT_TEXT = {
  partly: (count: number) => `${count === 1 ? 'One detail' : `${count} details`} could not be read.`,
  save: 'Save a report',
  privacy: 'The report shows how the page is built, not your orders, names or addresses. Nothing is sent.',
  none: 'No report was kept for this page: open it again and wait a few seconds.',
  failed: 'Could not save the report.',
} as const;

type Reading = NonNullable<Status['lastReading']>;

function readingText(reading: Reading): string {
  const page = PAGE_NAMES[reading.pageKind ?? 'unknown'];
  if (!reading.ok) return `Could not read ${page}: ${READ_FAILURES[reading.reason ?? 'layout-not-recognised']}`;
  return `Read ${reading.orderCount} ${reading.orderCount === 1 ? 'order' : 'orders'} on ${page}.`;
}

/** A reading the buyer may want to report: the page was not read, or some of it stayed unread. */
function hasGaps(reading: Reading): boolean {
  return reading.ok ? (reading.missingCount ?? 0) > 0 : reading.reason === 'layout-not-recognised';
}

/** "Save a report": the redacted report the page's content script kept, as a file. */
function SaveReport({ missingCount }: { missingCount: number | undefined }) {
  const [message, setMessage] = useState<string | null>(null);
  async function save() {
    try {
      const kept = await sendMessage('getPageReport', {});
      if (!kept) {
        setMessage(REPORT_TEXT.none);
        return;
      }
      const day = new Date(kept.savedAt).toISOString().slice(0, 10);
      downloadBytes(new Blob([kept.report], { type: 'application/json' }), `buyer-guard-page-report-${day}.json`);
      setMessage(null);
    } catch (error) {
      setMessage(error instanceof MessageError ? error.message : REPORT_TEXT.failed);
    }
  }
  return (
    <div className="page-report" data-testid="page-report">
      {missingCount ? <p>{REPORT_TEXT.partly(missingCount)}</p> : null}
      <button type="button" onClick={() => void save()}>
        {REPORT_TEXT.save}
      </button>{' '}
      <span className="muted">{REPORT_TEXT.privacy}</span>
      {message && <p role="status">{message}</p>}
    </div>
  );
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
      {reading && <p data-testid="reading-status">{readingText(reading)}</p>}
      {reading && <ReadingNotes reading={reading} />}
      {reading && hasGaps(reading) && <SaveReport missingCount={reading.ok ? reading.missingCount : undefined} />}
    </>
  );
}
