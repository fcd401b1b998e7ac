import { useEffect, useId, useState } from 'react';
import { sendMessage } from '../lib/messaging/send';
import type { Problem } from '../lib/model/problem';
import type { ProblemReason } from '../lib/model/problem-reasons';
import { PROBLEM_GROUPS, PROBLEM_LABELS } from '../lib/rules/problem-labels';

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
  const [status, setStatus] = useState<{ kind: 'saved' | 'error'; text: string } | null>(null);

  useEffect(() => {
    setReason(problem?.reason ?? '');
    setDetails(problem?.details ?? '');
    setMissing(problem?.missingQuantity?.toString() ?? '');
  }, [problem]);

  async function save(event: React.FormEvent) {
    event.preventDefault();
    const missingQuantity = Number.parseInt(missing, 10);
    const next: Problem | null = reason
      ? {
          reason,
          ...(details.trim() && { details: details.trim() }),
          ...(reason === 'missing-items' && missingQuantity > 0 && { missingQuantity }),
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
