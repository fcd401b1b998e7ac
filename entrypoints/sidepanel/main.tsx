import '../../lib/zod-jitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nProvider } from '../../components/i18n/I18nProvider';
import { SidePanel } from '../../components/side-panel/SidePanel';
import '../../components/theme.css';
// The order list's look (the same items as the popup's list).
import '../popup/popup.css';
import './sidepanel.css';

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <I18nProvider>
        <SidePanel />
      </I18nProvider>
    </StrictMode>,
  );
