import { useState } from 'react';
import type { MessageKey } from '../lib/i18n/messages/en/index';
import { MessageError } from '../lib/messaging/message-error';
import { downloadBytes } from '../lib/pages/download-bytes';
import { timeAgo } from '../lib/pages/time-ago';
import { type BackgroundStatus as Status, useBackgroundStatus } from './data/useBackgroundStatus';
import { useNow } from './data/useNow';
import { useI18n } from './i18n/I18nProvider';
import { ReadingNotes } from './ReadingNotes';

type Reading = NonNullable<Status['lastReading']>;
type PageKind = NonNullable<Status['lastPage']>['pageKind'];

const pageName = (kind: PageKind | undefined): MessageKey => `list.page.${kind ?? 'unknown'}`;

/** A reading the buyer may want to report: the page was not read, or some of it stayed unread. */
function hasGaps(reading: Reading): boolean {
  return reading.ok ? (reading.missingCount ?? 0) > 0 : reading.reason === 'layout-not-recognised';
}

/** "Save a report": the redacted report the page's content script kept, as a file. */
function SaveReport({ missingCount }: { missingCount: number | undefined }) {
  const { t } = useI18n();
  const [message, setMessage] = useState<string | null>(null);
  async function save() {
    try {
      // The messaging module is not part of the popup's first screen (useBackgroundStatus.ts).
      const { sendMessage } = await import('../lib/messaging/send');
      const kept = await sendMessage('getPageReport', {});
      if (!kept) {
        setMessage(t('list.report.none'));
        return;
      }
      const day = new Date(kept.savedAt).toISOString().slice(0, 10);
      downloadBytes(new Blob([kept.report], { type: 'application/json' }), `buyer-guard-page-report-${day}.json`);
      setMessage(null);
    } catch (error) {
      setMessage(error instanceof MessageError ? error.message : t('list.report.failed'));
    }
  }
  return (
    <div className="page-report" data-testid="page-report">
      {missingCount ? <p>{t('list.report.partly', { count: missingCount })}</p> : null}
      <button type="button" onClick={() => void save()}>
        {t('list.report.save')}
      </button>{' '}
      <span className="muted">{t('list.report.privacy')}</span>
      {message && <p role="status">{message}</p>}
    </div>
  );
}

/**
 * What Buyer Guard read last, in one plain line ("Read just now: My Orders, 12 orders"), or why it could not
 * be asked; what became of the reading beyond that; and "Save a report" for a page it could not read.
 */
export function PageStatus() {
  const { t, locale } = useI18n();
  const now = useNow(30_000);
  const { status, error } = useBackgroundStatus();
  const when = (at: number) => timeAgo(at, now, locale) ?? t('list.when.justNow');

  if (error !== null) {
    return <p role="alert">{error ? t('list.status.error', { error }) : t('list.status.noAnswer')}</p>;
  }
  if (!status) return <p className="muted">{t('list.loading')}</p>;
  const reading = status.lastReading;
  if (!reading) {
    return (
      <p data-testid="page-status">
        {status.lastPage
          ? t('list.status.seen', { when: when(status.lastPage.seenAt), page: t(pageName(status.lastPage.pageKind)) })
          : t('list.status.none')}
      </p>
    );
  }
  const page = t(pageName(reading.pageKind));
  return (
    <>
      <p data-testid="reading-status">
        {reading.ok
          ? t('list.status.read', { when: when(reading.readAt), page, count: reading.orderCount })
          : t('list.status.failed', {
              when: when(reading.readAt),
              page,
              reason: t(`list.failure.${reading.reason ?? 'layout-not-recognised'}`),
            })}
      </p>
      <ReadingNotes reading={reading} />
      {hasGaps(reading) && <SaveReport missingCount={reading.ok ? reading.missingCount : undefined} />}
    </>
  );
}
