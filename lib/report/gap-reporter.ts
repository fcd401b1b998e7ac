import type { PageReading } from '../model/reading';
import { buildPageReport, readingHasGaps } from './page-report';
import { noticeKind, type ReadingNotice } from './reading-notice';

export interface GapReporterOptions {
  document: Document;
  notice: Pick<ReadingNotice, 'show' | 'hide'>;
  /** Hands the report to the background, for the popup's "Save a report". */
  keep: (url: string, report: string) => Promise<unknown>;
  /** Saves the report as a file on the buyer's device. */
  save: (report: string, fileName: string) => void;
  extensionVersion: string;
  browser: string;
  now: () => number;
}

export interface GapReporter {
  /** Every reading of the page: the latest is the one a report describes. */
  consider(reading: PageReading): void;
  /** The page went quiet: a reading with gaps gets its report (and, when deadlines are at stake, its notice), once per address. */
  settle(): void;
}

/** `buyer-guard-page-report-2026-11-20.json` */
export function reportFileName(now: number): string {
  return `buyer-guard-page-report-${new Date(now).toISOString().slice(0, 10)}.json`;
}

/**
 * When a page is not read, or some of it stays unread, the buyer is told so on the page and can save a report
 * (redacted: lib/report/redact-page.ts). It waits for the page to go quiet, so a page still rendering is not
 * reported as broken.
 */
export function createGapReporter(options: GapReporterOptions): GapReporter {
  const reported = new Set<string>();
  let latest: PageReading | undefined;
  let noticeUrl: string | undefined;
  return {
    consider(reading) {
      latest = reading;
      // Another page of the app (an SPA route): the notice was about the one before.
      if (noticeUrl !== undefined && noticeUrl !== reading.url) {
        options.notice.hide();
        noticeUrl = undefined;
      }
    },
    settle() {
      const reading = latest;
      if (!reading || !readingHasGaps(reading) || reported.has(reading.url)) return;
      reported.add(reading.url);
      const report = JSON.stringify(
        buildPageReport({
          document: options.document,
          reading,
          extensionVersion: options.extensionVersion,
          browser: options.browser,
          now: options.now(),
        }),
        null,
        2,
      );
      // The popup can always save it; the page itself speaks up only when deadlines are at stake.
      options.keep(reading.url, report).catch(() => undefined);
      if (!readingHasGaps(reading, 'deadlines')) return;
      noticeUrl = reading.url;
      options.notice.show(noticeKind(reading), () => options.save(report, reportFileName(options.now())));
    },
  };
}
