import type { DeadlineRow } from '../../lib/db/records';
import { isoInstant } from '../../lib/model/time';
import { ruleById } from '../../lib/rules/registry';
import { deadlineDate, deadlineView } from '../format';

interface Props {
  deadlines: readonly DeadlineRow[];
  now: number;
}

/**
 * Every deadline of the order by date, past ones dimmed, each in the one formatter's words (a whole day
 * as a day), saying whether the page stated it, a rule the page states gave it (with the sentence), or a
 * rule estimated it ("why this date").
 */
export function DeadlineTimeline({ deadlines, now }: Props) {
  if (deadlines.length === 0) {
    return <p className="muted">No deadlines yet: open the order's page on AliExpress so Buyer Guard can read them.</p>;
  }
  return (
    <ol className="timeline" aria-label="Deadlines" data-testid="timeline">
      {deadlines.map((deadline) => {
        const rule = ruleById(deadline.ruleId);
        const view = deadlineView(deadline, now);
        const alternative = deadline.alternative && ruleById(deadline.alternative.ruleId);
        return (
          <li key={deadline.key} className={`timeline-item urgency-${deadline.urgency}${view.passed ? ' past' : ''}`}>
            <span className="timeline-when">
              <time dateTime={deadline.dueOn ?? isoInstant(deadline.dueAt)}>{view.when}</time>{' '}
              <span className="muted">({view.left})</span>
            </span>
            <span className="timeline-what">
              {view.name} <span className={`source source-${deadline.source}`}>{view.source}</span>
            </span>
            {deadline.statedAs && deadline.source !== 'estimate' && (
              <q className="timeline-stated" dir="auto">
                {deadline.statedAs}
              </q>
            )}
            {deadline.alternative && (
              <p className="muted">
                The catalog rule would give {deadlineDate(deadline.alternative, now)}
                {alternative ? ` (${alternative.summary})` : ''}; the page’s own rule wins for this order.
              </p>
            )}
            {rule && deadline.source === 'estimate' && (
              <details className="timeline-rule">
                <summary>Why this date</summary>
                <p>
                  {rule.summary} <span className="muted">Source: {rule.source}.</span>
                </p>
                {rule.note && <p className="muted">{rule.note}</p>}
              </details>
            )}
          </li>
        );
      })}
    </ol>
  );
}
