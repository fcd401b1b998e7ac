import '../../lib/zod-jitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../../components/theme.css';
import { readWorkspaceParams } from '../../lib/pages/workspace-url';
import { App } from './App';

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <App params={readWorkspaceParams(location.search)} />
    </StrictMode>,
  );
