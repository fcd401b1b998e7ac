import { useId } from 'react';
import type { OrderView } from '../../lib/pages/order-view';
import { EVIDENCE_QUALITY_TIPS } from '../../lib/rules/evidence-requirements';
import { KIND_LABELS } from './labels';

/** What to capture for this problem and how, which items are covered, and the tips that apply to every picture. */
export function EvidenceChecklist({ view }: { view: OrderView }) {
  const id = useId();
  const { covered, required } = view.checklistProgress;
  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Evidence checklist</h2>
      {view.checklist.length === 0 ? (
        <p className="muted">Say what went wrong (above): the checklist depends on the problem.</p>
      ) : (
        <>
          <p id={`${id}-progress`} data-testid="checklist-progress">
            {covered} of {required} required {required === 1 ? 'item' : 'items'} covered
          </p>
          <progress value={covered} max={Math.max(1, required)} aria-labelledby={`${id}-progress`} />
          <ul className="checklist">
            {view.checklist.map(({ item, files }) => {
              const done = files.length > 0;
              return (
                <li key={item.id} className={done ? 'covered' : ''} data-item={item.id}>
                  <p className="item-title">
                    <span className={`state ${done ? 'ok' : item.required ? 'warn' : 'muted'}`}>
                      {done ? '✓ Covered' : item.required ? 'Missing' : 'Optional'}
                    </span>{' '}
                    <strong>{item.what}</strong>{' '}
                    <span className="muted">
                      ({KIND_LABELS[item.kind].toLowerCase()}, {item.required ? 'required' : 'optional'})
                    </span>
                  </p>
                  <p className="how">{item.how}</p>
                  {done && (
                    <p className="muted small">
                      {files.length === 1 ? 'File' : 'Files'}:{' '}
                      {files.map((file) => file.caption || file.name).join(', ')}
                    </p>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
      <details className="tips" open>
        <summary>Tips for photos and videos</summary>
        <ul>
          {EVIDENCE_QUALITY_TIPS.map((tip) => (
            <li key={tip}>{tip}</li>
          ))}
        </ul>
      </details>
    </section>
  );
}
