import type { OrderView } from '../../lib/pages/order-view';
import { useI18n } from '../i18n/I18nProvider';

interface Props {
  view: OrderView;
  onOpenWorkspace: () => void;
}

/** The evidence checklist at a glance; files are captured and managed in the workspace tab. */
export function EvidenceSummary({ view, onOpenWorkspace }: Props) {
  const { t } = useI18n();
  const { checklist, checklistProgress, detail } = view;
  const { covered, required } = checklistProgress;
  return (
    <div className="evidence-summary">
      {checklist.length === 0 ? (
        <p className="muted">{t('guide.evidence.empty')}</p>
      ) : (
        <>
          <p data-testid="evidence-progress">
            {t('guide.evidence.progress', { covered, required, files: detail.evidence.length })}
          </p>
          <progress max={Math.max(1, required)} value={covered}>
            {t('guide.evidence.progressValue', { covered, required })}
          </progress>
          <ul className="checklist">
            {checklist.map(({ item, files }) => (
              <li key={item.id} className={files.length ? 'done' : ''}>
                <span aria-hidden="true">{files.length ? '✓' : '○'}</span> {item.what}
                {item.required ? '' : ` ${t('guide.evidence.optional')}`}
                <span className="visually-hidden">
                  {files.length ? t('guide.evidence.covered') : t('guide.evidence.notCovered')}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      <button type="button" onClick={onOpenWorkspace}>
        {t('guide.evidence.open')}
      </button>
    </div>
  );
}
