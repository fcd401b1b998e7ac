import '../../lib/zod-jitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { preloadOrderRows } from '../../components/data/useOrderRows';
import { I18nProvider } from '../../components/i18n/I18nProvider';
import '../../components/theme.css';
import { App } from './App';

// The orders are read while the rest of the page starts (language, settings, the first render).
preloadOrderRows();
const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <I18nProvider>
        <App />
      </I18nProvider>
    </StrictMode>,
  );
