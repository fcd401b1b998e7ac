import { useEffect, useId, useState } from 'react';
import { sendMessage } from '../lib/messaging/send';
import type { Problem, ProblemSeverity } from '../lib/model/problem';
import type { ProblemReason } from '../lib/model/problem-reasons';
import { PROBLEM_GROUPS, PROBLEM_LABELS } from '../lib/rules/problem-labels';
import { SEVERITY_ASKED_FOR } from '../lib/rules/refund';

/** "Can you still use it?": the buyer's answer decides between a full and a partial refund. */
const SEVERITY_WORDS = {
  question: 'Can you still use it?',
  minor: 'Yes, with the defect',
  unusable: 'No, it cannot be used for its purpose',
  unanswered: 'Not answered yet: the texts then claim neither.',
} as const;

interface Props {
  orderId: string;
  problem?: Problem;
}

/**
 * "What went wrong?": the buyer's account of the problem. It steers the advisor, the evidence
 * checklist and the texts, so it is saved through the background and everything re-derives.
 */
export function ProblemPicker({ orderId, problem }: Props) {
  const id = useId();
  const [reason, setReason] = useState<ProblemReason | ''>(problem?.reason ?? '');
  const [details, setDetails] = useState(problem?.details ?? '');
  const [missing, setMissing] = useState(problem?.missingQuantity?.toString() ?? '');
  const [severity, setSeverity] = useState<ProblemSeverity | ''>(problem?.severity ?? '');
  const [status, setStatus] = useState<{ kind: 'saved' | 'error'; text: string } | null>(null);

  useEffect(() => {
    setReason(problem?.reason ?? '');
    setDetails(problem?.details ?? '');
    setMissing(problem?.missingQuantity?.toString() ?? '');
    setSeverity(problem?.severity ?? '');
  }, [problem]);

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
      setStatus({ kind: 'saved', text: next ? 'Saved. The advice below now fits this problem.' : 'Cleared.' });
    } catch (error) {
      setStatus({ kind: 'error', text: error instanceof Error ? error.message : 'Could not save.' });
    }
  }

  return (
    <form className="problem-picker" onSubmit={save} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>What went wrong?</h3>
      <label htmlFor={`${id}-reason`}>Problem</label>
      <select id={`${id}-reason`} value={reason} onChange={(e) => setReason(e.target.value as ProblemReason | '')}>
        <option value="">Nothing — all is fine</option>
        {PROBLEM_GROUPS.map((group) => (
          <optgroup key={group.group} label={group.label}>
            {group.reasons.map((r) => (
              <option key={r} value={r}>
                {PROBLEM_LABELS[r]}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      {reason === 'missing-items' && (
        <>
          <label htmlFor={`${id}-missing`}>How many units are missing?</label>
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
          <legend>{SEVERITY_WORDS.question}</legend>
          {(['minor', 'unusable'] as const).map((value) => (
            <label key={value} className="check">
              <input
                type="radio"
                name={`${id}-severity`}
                value={value}
                checked={severity === value}
                onChange={() => setSeverity(value)}
              />
              {SEVERITY_WORDS[value]}
            </label>
          ))}
          {!severity && <p className="muted">{SEVERITY_WORDS.unanswered}</p>}
        </fieldset>
      )}
      {reason && (
        <>
          <label htmlFor={`${id}-details`}>In your own words (optional, goes into the texts)</label>
          <textarea
            id={`${id}-details`}
            rows={3}
            maxLength={5000}
            value={details}
            onChange={(e) => setDetails(e.target.value)}
          />
        </>
      )}
      <button type="submit">Save</button>
      {status && (
        <p role={status.kind === 'error' ? 'alert' : 'status'} className={status.kind === 'error' ? 'error' : 'muted'}>
          {status.text}
        </p>
      )}
    </form>
  );
}
