import type { Deadline } from '../../lib/model/deadline';
import type { Advice } from '../../lib/rules/advice';
import { formatMoney } from '../../lib/rules/format';
import { DEADLINE_WORDS, dayOfInstant, deadlineView } from '../format';

interface Props {
  advice: Advice;
  now: number;
}

/** Advice that is not something to do by a date: its headline is named, not "act before". */
const NOT_BY_A_DATE: ReadonlySet<Advice['action']> = new Set(['wait', 'none', 'leave-feedback']);

/**
 * The advisor's one next step: the deadline that matters first ("Act before … — N days N hours left"),
 * what to do and why (rule and date), the later safety nets, the warnings before irreversible steps,
 * and the other routes still open. Every date is the deadline list's own, in the one formatter's words.
 */
export function NextStep({ advice, now }: Props) {
  const { headline } = advice;
  const waitsFor = advice.deadline && advice.deadline.kind !== headline?.kind ? advice.deadline : undefined;
  return (
    <section className="next-step" aria-labelledby="next-step-title" data-testid="next-step">
      {headline && <Headline deadline={headline} now={now} act={!NOT_BY_A_DATE.has(advice.action)} />}
      <h3 id="next-step-title">Next step: {advice.title}</h3>
      {waitsFor && (
        <p className="until" data-testid="next-step-until">
          {advice.action === 'wait' ? 'Until' : 'By'} {deadlineView(waitsFor, now).when} ({waitsFor.label},{' '}
          {deadlineView(waitsFor, now).left})
        </p>
      )}
      {advice.waitUntil !== undefined && (
        <p className="until muted">Look again around {dayOfInstant(advice.waitUntil, now)}.</p>
      )}
      <p>{advice.why}</p>
      {advice.safetyNets.length > 0 && (
        <ul className="safety-nets" aria-label="Safety nets" data-testid="safety-nets">
          {advice.safetyNets.map((deadline) => {
            const view = deadlineView(deadline, now);
            return (
              <li key={deadline.kind}>
                {DEADLINE_WORDS.safetyNet}: {view.text} — {view.left} ({view.source})
              </li>
            );
          })}
        </ul>
      )}
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

/** "Act before Dec 3, 3:29 PM — 2 days 4 hours left", with the deadline's name and source under it. */
function Headline({ deadline, now, act }: { deadline: Deadline; now: number; act: boolean }) {
  const view = deadlineView(deadline, now);
  const lead = !act
    ? view.text
    : deadline.dueOn === undefined
      ? DEADLINE_WORDS.actBefore(view.when)
      : DEADLINE_WORDS.actBy(view.when);
  return (
    <p className={`headline chip-${deadline.urgency}`} data-testid="next-step-headline">
      <strong>
        {lead} — {view.left}
      </strong>
      <br />
      <span className="muted">{act ? `${view.name} (${view.source})` : view.source}</span>
    </p>
  );
}
