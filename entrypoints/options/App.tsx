import { useLiveQuery } from 'dexie-react-hooks';
import { browser } from 'wxt/browser';
import { DataSettings } from '../../components/options/DataSettings';
import { LanguageSettings } from '../../components/options/LanguageSettings';
import { NotificationSettings } from '../../components/options/NotificationSettings';
import { RuleSettings } from '../../components/options/RuleSettings';
import { ReadingNotes } from '../../components/ReadingNotes';
import { StorageProblemBanner } from '../../components/StorageProblemBanner';
import { readSettings } from '../../lib/db/read-settings';
import { sendMessage } from '../../lib/messaging/send';
import type { Settings } from '../../lib/model/settings';
import { pageDatabase } from '../../lib/pages/page-database';
import './options.css';

export function App() {
  const { version, permissions = [] } = browser.runtime.getManifest();
  const settings = useLiveQuery(() => readSettings(pageDatabase()), []);
  // The background validates, stores and re-plans reminders; the live query shows the result.
  const change = (patch: Partial<Settings>) => void sendMessage('updateSettings', patch);

  return (
    <main className="options">
      <h1>Buyer Guard settings</h1>
      <StorageProblemBanner />
      <ReadingNotes />
      <p>Version {version}. Buyer Guard keeps all data in this browser profile and sends nothing anywhere.</p>
      {settings ? (
        <>
          <LanguageSettings settings={settings} onChange={change} />
          <NotificationSettings settings={settings} onChange={change} />
          <RuleSettings settings={settings} onChange={change} />
        </>
      ) : (
        <p className="muted">Loading…</p>
      )}
      <DataSettings />
      <section aria-labelledby="permissions-title">
        <h2 id="permissions-title">Permissions in use</h2>
        <ul data-testid="permissions">
          {permissions.map((permission) => (
            <li key={permission}>{permission}</li>
          ))}
        </ul>
      </section>
    </main>
  );
}
