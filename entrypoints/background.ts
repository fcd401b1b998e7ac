import '../lib/zod-jitless';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createBackground } from '../lib/background/service';
import { welcomeOnInstall } from '../lib/background/welcome';
import { BuyerGuardDatabase } from '../lib/db/database';
import { listenForMessages } from '../lib/messaging/listen';
import { deriveDeadlines } from '../lib/rules/order-facts';

export default defineBackground({
  type: 'module',
  main() {
    const background = createBackground({
      db: new BuyerGuardDatabase(),
      now: Date.now,
      timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
      deriveDeadlines,
      codeVersion: browser.runtime.getManifest().version,
    });
    // MV3: every listener is registered synchronously on start, so the event that woke the
    // worker is delivered.
    listenForMessages(background.handlers);
    browser.alarms.onAlarm.addListener((alarm) => void background.onAlarm(alarm));
    browser.notifications.onClicked.addListener((id) => void background.onNotificationClicked(id));
    browser.notifications.onButtonClicked.addListener(
      (id, index) => void background.onNotificationButtonClicked(id, index),
    );
    browser.tabs.onRemoved.addListener((tabId) => void background.onTabRemoved(tabId));
    // Install, update and browser start: rebuild alarms, fire what fell due while closed.
    browser.runtime.onInstalled.addListener((details) => {
      void background.sweep();
      void welcomeOnInstall(details);
    });
    browser.runtime.onStartup.addListener(() => void background.sweep());
  },
});
