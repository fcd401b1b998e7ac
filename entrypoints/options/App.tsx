import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { browser } from 'wxt/browser';
import { useI18n } from '../../components/i18n/I18nProvider';
import { DataSettings } from '../../components/options/DataSettings';
import { LanguageSettings } from '../../components/options/LanguageSettings';
import { NotificationSettings } from '../../components/options/NotificationSettings';
import { RuleSettings } from '../../components/options/RuleSettings';
import { ReadingNotes } from '../../components/ReadingNotes';
import { StorageProblemBanner } from '../../components/StorageProblemBanner';
import { readSettings } from '../../lib/db/read-settings';
import type { MessageKey } from '../../lib/i18n/messages/en/index';
import { sendMessage } from '../../lib/messaging/send';
import type { Settings } from '../../lib/model/settings';
import { pageDatabase } from '../../lib/pages/page-database';
import './options.css';

/** Each permission the manifest asks for, in a sentence the buyer can follow. */
const PERMISSION_SENTENCES: Readonly<Record<string, MessageKey>> = {
  storage: 'settings.permission.storage',
  alarms: 'settings.permission.alarms',
  notifications: 'settings.permission.notifications',
  activeTab: 'settings.permission.activeTab',
  sidePanel: 'settings.permission.sidePanel',
};

export function App() {
  const { t } = useI18n();
  const { version, permissions = [], content_scripts = [] } = browser.runtime.getManifest();
  const settings = useLiveQuery(() => readSettings(pageDatabase()), []);
  // The background validates, stores and re-plans reminders; the live query shows the result.
  const change = (patch: Partial<Settings>) => void sendMessage('updateSettings', patch);
  useEffect(() => {
    document.title = t('settings.title');
  }, [t]);

  return (
    <main className="options">
      <h1>{t('settings.title')}</h1>
      <StorageProblemBanner />
      <ReadingNotes />
      <p>{t('settings.about', { version })}</p>
      {settings ? (
        <>
          <LanguageSettings settings={settings} onChange={change} />
          <NotificationSettings settings={settings} onChange={change} />
          <RuleSettings settings={settings} onChange={change} />
        </>
      ) : (
        <p className="muted">{t('settings.loading')}</p>
      )}
      <DataSettings />
      <section aria-labelledby="permissions-title">
        <h2 id="permissions-title">{t('settings.permissions.title')}</h2>
        <p className="muted">{t('settings.permissions.intro')}</p>
        <ul data-testid="permissions">
          {permissions.map((permission) => {
            const sentence = PERMISSION_SENTENCES[permission];
            return (
              <li key={permission} data-permission={permission}>
                {sentence ? t(sentence) : permission}
              </li>
            );
          })}
          {content_scripts.length > 0 && <li data-permission="sites">{t('settings.permission.sites')}</li>}
        </ul>
      </section>
    </main>
  );
}
