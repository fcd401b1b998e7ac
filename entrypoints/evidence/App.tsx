import { useEffect } from 'react';
import { Workspace } from '../../components/evidence/Workspace';
import { useI18n } from '../../components/i18n/I18nProvider';
import type { WorkspaceParams } from '../../lib/pages/workspace-url';
import '../../components/evidence/workspace.css';

export function App({ params }: { params: WorkspaceParams }) {
  const { t } = useI18n();
  useEffect(() => {
    document.title = params.ok ? t('workspace.documentTitle', { orderId: params.orderId }) : t('workspace.title');
  }, [params, t]);
  if (!params.ok) {
    return (
      <main className="workspace">
        <h1>{t('workspace.title')}</h1>
        <p role="alert">{t('workspace.needsOrder')}</p>
      </main>
    );
  }
  return <Workspace orderId={params.orderId} tabId={params.tabId} />;
}
