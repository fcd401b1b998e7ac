import { PageStatus } from '../../components/PageStatus';
import './popup.css';

export function App() {
  return (
    <main className="popup">
      <h1>Buyer Guard</h1>
      <PageStatus />
      <p className="muted">Your orders and evidence stay on this device.</p>
    </main>
  );
}
