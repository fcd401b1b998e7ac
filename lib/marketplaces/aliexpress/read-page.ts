import type { PageReading } from '../../model/reading';
import { runToEnd } from '../steps';
import { withTextCache } from './dom-text';
import { pageFailure, type ReadingSteps, type ReadOptions } from './finish-reading';
import type { ObservedApiResponse } from './observed-response';
import { readDisputePage } from './read-dispute-page';
import { readOrderDetailPage } from './read-order-detail';
import { readOrderListPage } from './read-order-list';
import { readTrackingPage } from './read-tracking';
import { detectAliExpressPage } from './urls';
import { showsVerification, VERIFICATION_MESSAGE } from './verification-page';

/**
 * Reads any AliExpress buyer page: picks the reader from the URL. Pure (the document, the URL,
 * the reading time and the page's observed JSON responses in; a reading out) and never throws:
 * a reader's failure is a reading that says so.
 */
export function readAliExpressPage(
  document: Document,
  url: string,
  now: number,
  observed: readonly ObservedApiResponse[] = [],
  options: ReadOptions = {},
): PageReading {
  return withTextCache(() => runToEnd(readAliExpressPageInSteps(document, url, now, observed, options)));
}

/**
 * The same reading in steps, for a reader that pauses between order cards (../run-in-slices.ts, run by
 * lib/content/start-reader.ts).
 * Run it inside `withTextCache` (one cache for all its slices).
 */
export function* readAliExpressPageInSteps(
  document: Document,
  url: string,
  now: number,
  observed: readonly ObservedApiResponse[] = [],
  options: ReadOptions = {},
): ReadingSteps {
  return explainUnreadable(document, yield* readPage(document, url, now, observed, options));
}

/** A page the readers found nothing on may be AliExpress's robot check: say that instead. */
function explainUnreadable(document: Document, reading: PageReading): PageReading {
  if (reading.ok || reading.reason !== 'layout-not-recognised' || !reading.pageKind) return reading;
  if (!showsVerification(document)) return reading;
  return pageFailure(reading.pageKind, reading.url, reading.readAt, 'verification-required', VERIFICATION_MESSAGE);
}

function* readPage(
  document: Document,
  url: string,
  now: number,
  observed: readonly ObservedApiResponse[],
  options: ReadOptions,
): ReadingSteps {
  const safeUrl = URL.canParse(url) ? url : 'https://invalid.invalid/';
  const page = detectAliExpressPage(safeUrl);
  try {
    switch (page.kind) {
      case 'order-list':
        return yield* readOrderListPage(document, url, now, observed, options);
      case 'order-detail':
        return yield* readOrderDetailPage(document, url, now, observed, options);
      case 'tracking':
        return readTrackingPage(document, url, now, observed, options);
      case 'dispute':
        return readDisputePage(document, url, now, observed, options);
      default:
        return pageFailure(
          undefined,
          safeUrl,
          now,
          'not-a-buyer-page',
          'Not an AliExpress order, detail, tracking or returns/refunds page.',
        );
    }
  } catch (error) {
    // A bug in a reader must not reach the page; the reading says what happened.
    const message = error instanceof Error ? error.message : String(error);
    return pageFailure(
      page.kind === 'unknown' ? undefined : page.kind,
      safeUrl,
      now,
      'layout-not-recognised',
      `Reader error: ${message.slice(0, 200)}`,
    );
  }
}
