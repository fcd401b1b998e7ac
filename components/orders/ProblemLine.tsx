import { useState } from 'react';
import { sendMessage } from '../../lib/messaging/send';
import type { Problem, ProblemSeverity } from '../../lib/model/problem';
import { problemLabel } from '../../lib/rules/problem-labels';
import { SEVERITY_ASKED_FOR } from '../../lib/rules/refund';
import { useI18n } from '../i18n/I18nProvider';
import { ProblemPicker } from '../ProblemPicker';

interface Props {
  orderId: string;
  problem: Problem;
}

/**
 * The problem the buyer chose, in one line, with "Change or add details" (the full form). For a damaged,
 * defective or not-as-described item it asks at once "Can you still use it?": the answer decides between a
 * full and a partial refund, and until it is given no text says the item is usable.
 */
export function ProblemLine({ orderId, problem }: Props) {
  const { t, locale } = useI18n();
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const askSeverity = SEVERITY_ASKED_FOR.has(problem.reason) && problem.severity === undefined;

  async function answer(severity: ProblemSeverity) {
    setError(null);
    try {
      await sendMessage('setProblem', { orderId, problem: { ...problem, severity } });
    } catch (e) {
      setError(t('guide.problem.error', { error: e instanceof Error ? e.message : '' }));
    }
  }

  return (
    <section className="problem-line" aria-label={t('guide.picker.title')} data-testid="problem-line">
      <p>
        <strong>{t('guide.problem.current', { problem: problemLabel(problem.reason, locale) })}</strong>{' '}
        <button type="button" className="quiet" aria-expanded={editing} onClick={() => setEditing(!editing)}>
          {t('guide.problem.change')}
        </button>
      </p>
      {askSeverity && !editing && (
        <fieldset className="severity-quick">
          <legend>{t('guide.severity.question')}</legend>
          <div className="choices">
            {(['minor', 'unusable'] as const).map((value) => (
              <button key={value} type="button" className="choice" onClick={() => void answer(value)}>
                {t(`guide.severity.${value}`)}
              </button>
            ))}
          </div>
          <p className="muted">{t('guide.severity.unanswered')}</p>
        </fieldset>
      )}
      {editing && <ProblemPicker orderId={orderId} problem={problem} onSaved={() => setEditing(false)} />}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </section>
  );
}
