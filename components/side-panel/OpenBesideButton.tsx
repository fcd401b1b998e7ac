import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { useI18n } from '../i18n/I18nProvider';

/** Firefox's sidebar (not in Chrome's types). */
interface SidebarAction {
  open(): Promise<void>;
}

function firefoxSidebar(): SidebarAction | undefined {
  const api = (browser as unknown as { sidebarAction?: Partial<SidebarAction> }).sidebarAction;
  return typeof api?.open === 'function' ? (api as SidebarAction) : undefined;
}

function chromeSidePanel(): typeof browser.sidePanel | undefined {
  const api = (browser as { sidePanel?: typeof browser.sidePanel }).sidePanel;
  return typeof api?.open === 'function' ? api : undefined;
}

/**
 * "Open beside the page": the guide as Chrome's side panel or Firefox's sidebar, next to the AliExpress
 * page, so it stays open while the buyer fills in AliExpress's forms. The browser allows this only from a
 * click, so the call is the first thing the click does (the window id is looked up beforehand: an await
 * before the call would lose the click). Where neither exists, the panel opens in a small window of its
 * own, following the tab the popup was opened on.
 */
export function OpenBesideButton() {
  const { t } = useI18n();
  const [windowId, setWindowId] = useState<number | undefined>(undefined);
  const [tabId, setTabId] = useState<number | undefined>(undefined);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    void browser.windows.getCurrent().then((window) => setWindowId(window.id));
    void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => setTabId(tab?.id));
  }, []);

  function opened() {
    // The popup steps aside for the panel (a page opened as a tab cannot close itself, and is left open).
    window.close();
  }

  function open() {
    setFailed(false);
    const chrome = chromeSidePanel();
    const firefox = firefoxSidebar();
    try {
      if (chrome && windowId !== undefined) {
        chrome.open({ windowId }).then(opened, () => setFailed(true));
      } else if (firefox) {
        firefox.open().then(opened, () => setFailed(true));
      } else {
        const url = browser.runtime.getURL(`/sidepanel.html${tabId === undefined ? '' : `?tab=${tabId}`}`);
        browser.windows.create({ url, type: 'popup', width: 440, height: 720 }).then(opened, () => setFailed(true));
      }
    } catch {
      setFailed(true);
    }
  }

  return (
    <>
      <button type="button" onClick={open} title={t('panel.openBeside.hint')} data-testid="open-beside">
        {t('panel.openBeside')}
      </button>
      {failed && (
        <p role="alert" className="error">
          {t('panel.cannotOpen')}
        </p>
      )}
    </>
  );
}
