import type { Advice } from '../../lib/rules/advice';
import { formatMoney } from '../../lib/rules/format';
import { formatDayTime, relativeTime } from '../format';

interface Props {
  advice: Advice;
  now: number;
}

/** The advisor's one next step: what, by when, why (rule and date), the warnings, and the other routes still open. */
export function NextStep({ advice, now }: Props) {
  return (
    <section className="next-step" aria-labelledby="next-step-title" data-testid="next-step">
      <h3 id="next-step-title">Next step: {advice.title}</h3>
      {advice.until !== undefined && (
        <p className="until">
          {advice.action === 'wait' ? 'Until' : 'By'} {formatDayTime(advice.until)} ({relativeTime(advice.until, now)}
          {advice.untilSource === 'estimate' ? ', estimated' : ', as the page states'})
        </p>
      )}
      <p>{advice.why}</p>
      {advice.refund && (
        <p>
          <strong>Refund to ask:</strong>{' '}
          {advice.refund.resolution === 'full-refund' ? 'full refund' : 'partial refund'}
          {advice.refund.amount ? ` of ${formatMoney(advice.refund.amount)}` : ''}. {advice.refund.rationale}
        </p>
      )}
      {advice.complaint && (
        <p>
          <strong>Complaint category:</strong> {advice.complaint.category.label}
          {advice.complaint.subType ? ` → ${advice.complaint.subType.label}` : ''}. {advice.complaint.note}
        </p>
      )}
      {advice.missingEvidence && advice.missingEvidence.length > 0 && (
        <div>
          <strong>Evidence still missing:</strong>
          <ul>
            {advice.missingEvidence.map((item) => (
              <li key={item.id}>{item.what}</li>
            ))}
          </ul>
        </div>
      )}
      {advice.warnings.map((warning) => (
        <div key={warning.step} className={`warning warning-${warning.severity}`} role="note">
          <strong>{warning.title}</strong> {warning.text}
        </div>
      ))}
      {advice.alternatives.length > 0 && (
        <details>
          <summary>Other routes still open ({advice.alternatives.length})</summary>
          <ul className="alternatives">
            {advice.alternatives.map((option) => (
              <li key={option.action}>
                <strong>{option.title}.</strong> {option.why}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
