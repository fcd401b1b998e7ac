import { browser } from 'wxt/browser';

export function App() {
  const { version, permissions = [] } = browser.runtime.getManifest();
  return (
    <main style={{ maxWidth: 720, margin: '0 auto', padding: 24 }}>
      <h1>Buyer Guard settings</h1>
      <p>Version {version}. Buyer Guard keeps all data in this browser profile and sends nothing anywhere.</p>
      <h2>Permissions in use</h2>
      <ul data-testid="permissions">
        {permissions.map((permission) => (
          <li key={permission}>{permission}</li>
        ))}
      </ul>
    </main>
  );
}
