import { deadlineView } from '../../lib/format/deadline-format';
import type { Deadline } from '../../lib/model/deadline';
import type { CaseProgress } from '../../lib/pages/case-progress';
import { BUYER_TIME_ZONE } from '../data/buyer-time-zone';
import { useI18n } from '../i18n/I18nProvider';

interface Props {
  progress: CaseProgress;
  /** The next date to watch: the advice's headline, else the deadline it waits for. */
  next?: Deadline;
  now: number;
}

const MARK = { done: '✓', current: '●', todo: '○' } as const;

/**
 * Where the case stands — seller contacted → dispute opened → seller answered → escalated → decision —
 * and the next date. Each step says its state in words too (for screen readers), not by mark alone.
 */
export function CaseStepper({ progress, next, now }: Props) {
  const { t, locale } = useI18n();
  const view = next && deadlineView(next, now, { locale, timeZone: BUYER_TIME_ZONE });
  return (
    <section className="case-stepper" aria-label={t('guide.stepper.label')} data-testid="case-stepper">
      <ol>
        {progress.steps.map(({ step, state }) => (
          <li key={step} className={`step-${state}`} {...(state === 'current' && { 'aria-current': 'step' })}>
            <span aria-hidden="true">{MARK[state]}</span> {t(`guide.stepper.${step}`)}
            <span className="visually-hidden">, {t(`guide.stepper.${state}`)}</span>
          </li>
        ))}
      </ol>
      {view && <p className="muted">{t('guide.stepper.next', { text: view.text, left: view.left })}</p>}
    </section>
  );
}
