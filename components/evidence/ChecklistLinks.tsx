import { useId } from 'react';
import type { ChecklistEntry } from '../../lib/pages/order-view';
import { useI18n } from '../i18n/I18nProvider';

interface Props {
  checklist: readonly ChecklistEntry[];
  linked: readonly string[];
  onChange: (itemId: string, linked: boolean) => void;
  disabled?: boolean;
}

/** Which checklist items a file shows: a checkbox per item, so the progress above follows. */
export function ChecklistLinks({ checklist, linked, onChange, disabled }: Props) {
  const id = useId();
  const { t } = useI18n();
  if (checklist.length === 0) {
    return <p className="muted">{t('workspace.links.needsProblem')}</p>;
  }
  return (
    <fieldset className="checklist-links" disabled={disabled}>
      <legend>{t('workspace.links.legend')}</legend>
      {checklist.map(({ item }) => (
        <div key={item.id} className="check">
          <input
            type="checkbox"
            id={`${id}-${item.id}`}
            checked={linked.includes(item.id)}
            onChange={(event) => onChange(item.id, event.target.checked)}
          />
          <label htmlFor={`${id}-${item.id}`}>
            {item.what} <span className="muted">({t(`workspace.kindInline.${item.kind}`)})</span>
          </label>
        </div>
      ))}
    </fieldset>
  );
}
