import { useEffect, useId, useState } from 'react';
import type { Draft } from '../../lib/rules/compose/drafts';
import { useI18n } from '../i18n/I18nProvider';
import { DraftText } from './DraftText';

interface Props {
  drafts: readonly Draft[];
}

/**
 * Every text for this order's situation, one tab each; the one the next step needs comes first and is
 * selected — and selected again whenever the step changes (after "What's wrong?" the dispute
 * description, not the message to the seller, when the step is "Open a dispute").
 */
export function Composer({ drafts }: Props) {
  const id = useId();
  const { t } = useI18n();
  const preferred = drafts[0]?.id;
  const [selected, setSelected] = useState(preferred);
  useEffect(() => setSelected(preferred), [preferred]);
  const draft = drafts.find((d) => d.id === selected) ?? drafts[0];

  if (!draft) return <p className="muted">{t('guide.text.none')}</p>;

  return (
    <div className="composer">
      <div role="tablist" aria-label={t('guide.text.which')}>
        {drafts.map((d) => (
          <button
            key={d.id}
            type="button"
            role="tab"
            id={`${id}-tab-${d.id}`}
            aria-selected={d.id === draft.id}
            aria-controls={`${id}-panel`}
            onClick={() => setSelected(d.id)}
          >
            {d.title}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-tab-${draft.id}`}>
        <DraftText draft={draft} testId="composer-text" />
      </div>
    </div>
  );
}
