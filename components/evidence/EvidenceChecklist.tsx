import { useId } from 'react';
import type { OrderView } from '../../lib/pages/order-view';
import { evidenceQualityTips } from '../../lib/rules/evidence-requirements';
import { useI18n } from '../i18n/I18nProvider';

/** What to capture for this problem and how, which items are covered, and the tips that apply to every picture. */
export function EvidenceChecklist({ view }: { view: OrderView }) {
  const id = useId();
  const { t, locale } = useI18n();
  const { covered, required } = view.checklistProgress;
  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('workspace.checklist.heading')}</h2>
      {view.checklist.length === 0 ? (
        <p className="muted">{t('workspace.checklist.needsProblem')}</p>
      ) : (
        <>
          <p id={`${id}-progress`} data-testid="checklist-progress">
            {t('workspace.checklist.progress', { covered, required })}
          </p>
          <progress value={covered} max={Math.max(1, required)} aria-labelledby={`${id}-progress`} />
          <ul className="checklist">
            {view.checklist.map(({ item, files }) => {
              const done = files.length > 0;
              return (
                <li key={item.id} className={done ? 'covered' : ''} data-item={item.id}>
                  <p className="item-title">
                    <span className={`state ${done ? 'ok' : item.required ? 'warn' : 'muted'}`}>
                      {done
                        ? t('workspace.checklist.covered')
                        : item.required
                          ? t('workspace.checklist.missing')
                          : t('workspace.checklist.optional')}
                    </span>{' '}
                    <strong>{item.what}</strong>{' '}
                    <span className="muted">
                      {t(item.required ? 'workspace.checklist.kindRequired' : 'workspace.checklist.kindOptional', {
                        kind: t(`workspace.kindInline.${item.kind}`),
                      })}
                    </span>
                  </p>
                  <p className="how">{item.how}</p>
                  {done && (
                    <p className="muted small">
                      {t('workspace.checklist.files', {
                        count: files.length,
                        names: files.map((file) => file.caption || file.name).join(', '),
                      })}
                    </p>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
      <details className="tips" open>
        <summary>{t('workspace.checklist.tips')}</summary>
        <ul>
          {evidenceQualityTips(locale).map((tip) => (
            <li key={tip}>{tip}</li>
          ))}
        </ul>
      </details>
    </section>
  );
}
