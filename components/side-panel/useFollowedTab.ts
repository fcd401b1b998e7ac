import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { parseTabReading, tabReadingKey } from '../../lib/background/tab-readings';
import type { ReadingSummary } from '../../lib/messaging/protocol';

export interface FollowedTab {
  /** The tab the panel follows: the active tab of its window, or the one it was opened for. */
  tabId?: number;
  /** That tab's last reading (session storage), null when there is none. */
  reading: ReadingSummary | null;
  /** When the tab last started loading another page while the panel watched. */
  navigatedAt?: number;
  /** Whether the first look-up is done (avoids flashing "no page" on open). */
  ready: boolean;
}

/**
 * The tab the side panel follows and what its last reading showed, kept current: the active tab of the
 * panel's window (tabs.onActivated; no `tabs` permission needed for ids), or a tab given in the URL
 * (`?tab=<id>`, the panel opened in a window of its own where the browser has no side panel), and its
 * reading as the background records it (storage.onChanged). A tab that starts loading another page
 * marks its older reading stale until the new page is read.
 */
export function useFollowedTab(): FollowedTab {
  const pinned = pinnedTab();
  const [tabId, setTabId] = useState<number | undefined>(pinned);
  const [ready, setReady] = useState(pinned !== undefined);
  const [reading, setReading] = useState<ReadingSummary | null>(null);
  const [navigatedAt, setNavigatedAt] = useState<number | undefined>(undefined);

  useEffect(() => {
    if (pinned !== undefined) return;
    let windowId: number | undefined;
    let cancelled = false;
    void Promise.all([browser.windows.getCurrent(), browser.tabs.query({ active: true, currentWindow: true })]).then(
      ([window, [tab]]) => {
        if (cancelled) return;
        windowId = window.id;
        setTabId(tab?.id);
        setReady(true);
      },
    );
    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (windowId === undefined || info.windowId === windowId) setTabId(info.tabId);
    };
    browser.tabs.onActivated.addListener(onActivated);
    return () => {
      cancelled = true;
      browser.tabs.onActivated.removeListener(onActivated);
    };
  }, [pinned]);

  useEffect(() => {
    setReading(null);
    setNavigatedAt(undefined);
    if (tabId === undefined) return;
    const key = tabReadingKey(tabId);
    let cancelled = false;
    void browser.storage.session.get(key).then((stored) => {
      if (!cancelled) setReading(parseTabReading(stored[key]));
    });
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'session' && key in changes) setReading(parseTabReading(changes[key]?.newValue));
    };
    const onUpdated = (updated: number, change: { status?: string }) => {
      if (updated === tabId && change.status === 'loading') setNavigatedAt(Date.now());
    };
    browser.storage.onChanged.addListener(onChanged);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      cancelled = true;
      browser.storage.onChanged.removeListener(onChanged);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [tabId]);

  return { ...(tabId !== undefined && { tabId }), reading, ...(navigatedAt !== undefined && { navigatedAt }), ready };
}

function pinnedTab(): number | undefined {
  const value = new URLSearchParams(location.search).get('tab');
  const id = value === null ? Number.NaN : Number.parseInt(value, 10);
  return Number.isInteger(id) && id >= 0 ? id : undefined;
}
