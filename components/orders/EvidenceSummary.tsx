import type { OrderView } from '../../lib/pages/order-view';

interface Props {
  view: OrderView;
  onOpenWorkspace: () => void;
}

/** The evidence checklist at a glance; files are captured and managed in the workspace tab. */
export function EvidenceSummary({ view, onOpenWorkspace }: Props) {
  const { checklist, checklistProgress, detail } = view;
  return (
    <section className="evidence-summary" aria-labelledby="evidence-title">
      <h3 id="evidence-title">Evidence</h3>
      {checklist.length === 0 ? (
        <p className="muted">Say what went wrong to see what evidence it needs.</p>
      ) : (
        <>
          <p data-testid="evidence-progress">
            {checklistProgress.covered} of {checklistProgress.required} required items covered ·{' '}
            {detail.evidence.length} file{detail.evidence.length === 1 ? '' : 's'}
          </p>
          <progress max={Math.max(1, checklistProgress.required)} value={checklistProgress.covered}>
            {checklistProgress.covered} of {checklistProgress.required}
          </progress>
          <ul className="checklist">
            {checklist.map(({ item, files }) => (
              <li key={item.id} className={files.length ? 'done' : ''}>
                <span aria-hidden="true">{files.length ? '✓' : '○'}</span> {item.what}
                {item.required ? '' : ' (optional)'}
                <span className="visually-hidden">{files.length ? ', covered' : ', not covered yet'}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <button type="button" onClick={onOpenWorkspace}>
        Open the evidence workspace
      </button>
    </section>
  );
}
