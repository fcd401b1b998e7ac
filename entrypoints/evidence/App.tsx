import { useEffect } from 'react';
import { Workspace } from '../../components/evidence/Workspace';
import type { WorkspaceParams } from '../../lib/pages/workspace-url';
import '../../components/evidence/workspace.css';

export function App({ params }: { params: WorkspaceParams }) {
  useEffect(() => {
    if (params.ok) document.title = `Evidence for order ${params.orderId} — Buyer Guard`;
  }, [params]);
  if (!params.ok) {
    return (
      <main className="workspace">
        <h1>Evidence workspace</h1>
        <p role="alert">{params.reason}</p>
      </main>
    );
  }
  return <Workspace orderId={params.orderId} tabId={params.tabId} />;
}
