import { describe, expect, it, vi } from 'vitest';
import { pageWords } from '../../../lib/badges/badge-text';
import { translatorFor } from '../../../lib/i18n/translator';
import type { PageReading } from '../../../lib/model/reading';
import { createGapReporter, reportFileName } from '../../../lib/report/gap-reporter';
import { createReadingNotice, NOTICE_HOST_TAG } from '../../../lib/report/reading-notice';

const NOW = Date.parse('2026-11-20T09:00:00Z');
const URL_A = 'https://www.aliexpress.com/p/order/detail.html?orderId=8204417366541234';
const URL_B = 'https://www.aliexpress.com/p/order/index.html';

function ok(url: string, missing: string[]): PageReading {
  return {
    ok: true,
    pageKind: 'order-detail',
    url,
    readAt: NOW,
    orders: [{ marketplace: 'aliexpress', orderId: '8204417366541234' }],
    diagnostics: { missing, disagreements: [], sources: ['dom'] },
  };
}

function failed(url: string): PageReading {
  return { ok: false, pageKind: 'order-detail', url, readAt: NOW, reason: 'layout-not-recognised', message: 'x' };
}

function setup() {
  document.body.innerHTML = '<div class="order-wrap"><span>Jane Doe</span></div>';
  const notice = { show: vi.fn(), hide: vi.fn() };
  const keep = vi.fn(async () => ({ ok: true }));
  const save = vi.fn();
  const gaps = createGapReporter({
    document,
    notice,
    keep,
    save,
    extensionVersion: '1.2.3',
    browser: 'UA',
    now: () => NOW,
  });
  return { notice, keep, save, gaps };
}

describe('createGapReporter', () => {
  it('waits for the page to go quiet, then keeps a report and shows the notice once per address', () => {
    const { notice, keep, save, gaps } = setup();
    gaps.consider(failed(URL_A));
    expect(keep).not.toHaveBeenCalled();
    gaps.settle();
    gaps.settle();
    expect(keep).toHaveBeenCalledTimes(1);
    const [url, report] = keep.mock.calls[0] as unknown as [string, string];
    expect(url).toBe(URL_A);
    expect(JSON.parse(report)).toMatchObject({
      kind: 'buyer-guard-page-report',
      extensionVersion: '1.2.3',
      reading: { ok: false, reason: 'layout-not-recognised' },
    });
    expect(report).not.toContain('Jane Doe');
    expect(notice.show).toHaveBeenCalledTimes(1);
    expect(notice.show.mock.calls[0]?.[0]).toBe('notRead');
    // "Save a report" saves the same report as a file.
    const onSave = notice.show.mock.calls[0]?.[1] as (() => void) | undefined;
    onSave?.();
    expect(save).toHaveBeenCalledWith(report, 'buyer-guard-page-report-2026-11-20.json');
  });

  it('says nothing on a page read in full', () => {
    const { notice, keep, gaps } = setup();
    gaps.consider(ok(URL_A, []));
    gaps.settle();
    expect(keep).not.toHaveBeenCalled();
    expect(notice.show).not.toHaveBeenCalled();
  });

  it('keeps a report of any unread field for the popup, and speaks on the page only when deadlines are at stake', () => {
    const quiet = setup();
    quiet.gaps.consider(ok(URL_A, ['8204417366541234: items.0.unitPrice']));
    quiet.gaps.settle();
    expect(quiet.keep).toHaveBeenCalledTimes(1);
    expect(quiet.notice.show).not.toHaveBeenCalled();

    const loud = setup();
    loud.gaps.consider(ok(URL_A, ['8204417366541234: status', '8204417366541234: total']));
    loud.gaps.settle();
    expect(loud.notice.show).toHaveBeenCalledWith('partlyRead', expect.any(Function));

    const unplaced = setup();
    unplaced.gaps.consider(ok(URL_A, ['8204417366541234: statement not understood: "Bonus on Oct 3, 2026"']));
    unplaced.gaps.settle();
    expect(unplaced.notice.show).toHaveBeenCalledWith('partlyRead', expect.any(Function));
  });

  it('takes the notice away when the app moves to another page', () => {
    const { notice, gaps } = setup();
    gaps.consider(failed(URL_A));
    gaps.settle();
    gaps.consider(ok(URL_B, []));
    expect(notice.hide).toHaveBeenCalledTimes(1);
  });

  it('names the file by day', () => {
    expect(reportFileName(NOW)).toBe('buyer-guard-page-report-2026-11-20.json');
  });
});

describe('createReadingNotice', () => {
  const EN = pageWords(translatorFor('en'), 2).notice;

  it('shows the message with its two buttons, and acts only on trusted clicks', () => {
    const notice = createReadingNotice(window);
    const onSave = vi.fn();
    notice.setWords(EN);
    notice.show('notRead', onSave);
    const host = document.querySelector(NOTICE_HOST_TAG);
    const root = host?.shadowRoot;
    expect(root?.textContent).toContain('Buyer Guard could not read this page: its layout is new to Buyer Guard.');
    expect(root?.textContent).toContain(
      'The report shows how the page is built, not your orders, names or addresses. Nothing is sent.',
    );
    const [save, dismiss] = [...(root?.querySelectorAll('button') ?? [])];
    expect(save?.textContent).toBe('Save a report');
    // A page script's click is not the buyer's.
    save?.click();
    expect(onSave).not.toHaveBeenCalled();
    expect(dismiss?.textContent).toBe('Dismiss');
    notice.hide();
    expect(document.querySelector(NOTICE_HOST_TAG)).toBeNull();
  });

  it('waits for the background’s words, then speaks the buyer’s language (and follows a change of it)', () => {
    const notice = createReadingNotice(window);
    notice.show('partlyRead', vi.fn());
    // No words yet: nothing half-written in a language the buyer may not read.
    expect(document.querySelector(NOTICE_HOST_TAG)).toBeNull();
    notice.setWords(pageWords(translatorFor('pl'), 3).notice);
    const text = () => document.querySelector(NOTICE_HOST_TAG)?.shadowRoot?.textContent ?? '';
    expect(text()).toContain('Buyer Guard odczytał tę stronę, ale 3 informacji nie udało się odczytać.');
    expect(text()).toContain('Zapisz raport');
    notice.setWords(pageWords(translatorFor('es'), 3).notice);
    expect(text()).toContain('Buyer Guard leyó esta página, pero no pudo leer 3 datos.');
    expect(document.querySelectorAll(NOTICE_HOST_TAG)).toHaveLength(1);
    notice.hide();
    // Hidden stays hidden when words come later.
    notice.setWords(EN);
    expect(document.querySelector(NOTICE_HOST_TAG)).toBeNull();
  });
});
