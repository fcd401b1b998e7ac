import { describe, expect, it, vi } from 'vitest';
import type { PageReading } from '../../../lib/model/reading';
import { createGapReporter, reportFileName } from '../../../lib/report/gap-reporter';
import { createReadingNotice, NOTICE_HOST_TAG, NOTICE_TEXT } from '../../../lib/report/reading-notice';

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
    expect(notice.show.mock.calls[0]?.[0]).toBe(NOTICE_TEXT.notRead);
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
    expect(loud.notice.show).toHaveBeenCalledWith(NOTICE_TEXT.partlyRead(2), expect.any(Function));

    const unplaced = setup();
    unplaced.gaps.consider(ok(URL_A, ['8204417366541234: statement not understood: "Bonus on Oct 3, 2026"']));
    unplaced.gaps.settle();
    expect(unplaced.notice.show).toHaveBeenCalledWith(NOTICE_TEXT.partlyRead(1), expect.any(Function));
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
  it('shows the message with its two buttons, and acts only on trusted clicks', () => {
    const notice = createReadingNotice(window);
    const onSave = vi.fn();
    notice.show('Buyer Guard could not read this page.', onSave);
    const host = document.querySelector(NOTICE_HOST_TAG);
    const root = host?.shadowRoot;
    expect(root?.textContent).toContain('Buyer Guard could not read this page.');
    expect(root?.textContent).toContain(NOTICE_TEXT.privacy);
    const [save, dismiss] = [...(root?.querySelectorAll('button') ?? [])];
    expect(save?.textContent).toBe(NOTICE_TEXT.save);
    // A page script's click is not the buyer's.
    save?.click();
    expect(onSave).not.toHaveBeenCalled();
    expect(dismiss?.textContent).toBe(NOTICE_TEXT.dismiss);
    notice.hide();
    expect(document.querySelector(NOTICE_HOST_TAG)).toBeNull();
  });
});
