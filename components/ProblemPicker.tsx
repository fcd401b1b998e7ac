import { useEffect, useId, useState } from 'react';
import { sendMessage } from '../lib/messaging/send';
import type { Problem, ProblemSeverity } from '../lib/model/problem';
import type { ProblemReason } from '../lib/model/problem-reasons';
import { problemGroups } from '../lib/rules/problem-labels';
import { SEVERITY_ASKED_FOR } from '../lib/rules/refund';
import { useI18n } from './i18n/I18nProvider';

interface Props {
  orderId: string;
  problem?: Problem;
  /** A reason picked already ("What's wrong?" → "Something else" has none). */
  initialReason?: ProblemReason;
  /** After a save: the guide moves on (it closes the form). */
  onSaved?: () => void;
}

/**
 * "What went wrong?": the buyer's account of the problem, from the full list. It steers the advisor,
 * the evidence checklist and the texts, so it is saved through the background and everything re-derives.
 */
export function ProblemPicker({ orderId, problem, initialReason, onSaved }: Props) {
  const id = useId();
  const { t, locale } = useI18n();
  const [reason, setReason] = useState<ProblemReason | ''>(problem?.reason ?? initialReason ?? '');
  const [details, setDetails] = useState(problem?.details ?? '');
  const [missing, setMissing] = useState(problem?.missingQuantity?.toString() ?? '');
  const [severity, setSeverity] = useState<ProblemSeverity | ''>(problem?.severity ?? '');
  const [status, setStatus] = useState<{ kind: 'saved' | 'error'; text: string } | null>(null);

  useEffect(() => {
    setReason(problem?.reason ?? initialReason ?? '');
    setDetails(problem?.details ?? '');
    setMissing(problem?.missingQuantity?.toString() ?? '');
    setSeverity(problem?.severity ?? '');
  }, [problem, initialReason]);

  async function save(event: React.FormEvent) {
    event.preventDefault();
    const missingQuantity = Number.parseInt(missing, 10);
    const next: Problem | null = reason
      ? {
          reason,
          ...(details.trim() && { details: details.trim() }),
          ...(reason === 'missing-items' && missingQuantity > 0 && { missingQuantity }),
          ...(SEVERITY_ASKED_FOR.has(reason) && severity && { severity }),
        }
      : null;
    try {
      await sendMessage('setProblem', { orderId, problem: next });
      setStatus({ kind: 'saved', text: t(next ? 'guide.problem.saved' : 'guide.problem.cleared') });
      onSaved?.();
    } catch (error) {
      setStatus({
        kind: 'error',
        text: t('guide.problem.error', { error: error instanceof Error ? error.message : '' }),
      });
    }
  }

  return (
    <form className="problem-picker" onSubmit={save} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('guide.picker.title')}</h3>
      <label htmlFor={`${id}-reason`}>{t('guide.picker.problem')}</label>
      <select id={`${id}-reason`} value={reason} onChange={(e) => setReason(e.target.value as ProblemReason | '')}>
        <option value="">{t('guide.picker.none')}</option>
        {problemGroups(locale).map((group) => (
          <optgroup key={group.group} label={group.label}>
            {group.reasons.map((choice) => (
              <option key={choice.reason} value={choice.reason}>
                {choice.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      {reason === 'missing-items' && (
        <>
          <label htmlFor={`${id}-missing`}>{t('guide.picker.missing')}</label>
          <input
            id={`${id}-missing`}
            type="number"
            min={1}
            inputMode="numeric"
            value={missing}
            onChange={(e) => setMissing(e.target.value)}
          />
        </>
      )}
      {reason && SEVERITY_ASKED_FOR.has(reason) && (
        <fieldset className="severity">
          <legend>{t('guide.severity.question')}</legend>
          {(['minor', 'unusable'] as const).map((value) => (
            <label key={value} className="check">
              <input
                type="radio"
                name={`${id}-severity`}
                value={value}
                checked={severity === value}
                onChange={() => setSeverity(value)}
              />
              {t(`guide.severity.${value}`)}
            </label>
          ))}
          {!severity && <p className="muted">{t('guide.severity.unanswered')}</p>}
        </fieldset>
      )}
      {reason && (
        <>
          <label htmlFor={`${id}-details`}>{t('guide.picker.details')}</label>
          <textarea
            id={`${id}-details`}
            rows={3}
            maxLength={5000}
            value={details}
            onChange={(e) => setDetails(e.target.value)}
          />
        </>
      )}
      <button type="submit">{t('guide.picker.save')}</button>
      {status && (
        <p role={status.kind === 'error' ? 'alert' : 'status'} className={status.kind === 'error' ? 'error' : 'muted'}>
          {status.text}
        </p>
      )}
    </form>
  );
}
