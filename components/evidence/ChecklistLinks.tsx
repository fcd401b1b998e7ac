import { useId } from 'react';
import type { ChecklistEntry } from '../../lib/pages/order-view';
import { KIND_LABELS } from './labels';

interface Props {
  checklist: readonly ChecklistEntry[];
  linked: readonly string[];
  onChange: (itemId: string, linked: boolean) => void;
  disabled?: boolean;
}

/** Which checklist items a file shows: a checkbox per item, so the progress above follows. */
export function ChecklistLinks({ checklist, linked, onChange, disabled }: Props) {
  const id = useId();
  if (checklist.length === 0) {
    return <p className="muted">Say what went wrong (above) to get a checklist this file can be linked to.</p>;
  }
  return (
    <fieldset className="checklist-links" disabled={disabled}>
      <legend>It shows</legend>
      {checklist.map(({ item }) => (
        <div key={item.id} className="check">
          <input
            type="checkbox"
            id={`${id}-${item.id}`}
            checked={linked.includes(item.id)}
            onChange={(event) => onChange(item.id, event.target.checked)}
          />
          <label htmlFor={`${id}-${item.id}`}>
            {item.what} <span className="muted">({KIND_LABELS[item.kind].toLowerCase()})</span>
          </label>
        </div>
      ))}
    </fieldset>
  );
}
