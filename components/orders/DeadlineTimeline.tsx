import type { DeadlineRow } from '../../lib/db/records';
import { isoInstant } from '../../lib/model/time';
import { ruleById } from '../../lib/rules/registry';
import { formatDayTime, relativeTime } from '../format';

interface Props {
  deadlines: readonly DeadlineRow[];
  now: number;
}

/**
 * Every deadline of the order by date, past ones dimmed, each saying whether the page stated it or
 * a rule estimated it, and which rule ("why this date").
 */
export function DeadlineTimeline({ deadlines, now }: Props) {
  if (deadlines.length === 0) {
    return <p className="muted">No deadlines yet: open the order's page on AliExpress so Buyer Guard can read them.</p>;
  }
  return (
    <ol className="timeline" aria-label="Deadlines" data-testid="timeline">
      {deadlines.map((deadline) => {
        const rule = ruleById(deadline.ruleId);
        const past = deadline.dueAt < now;
        return (
          <li key={deadline.key} className={`timeline-item urgency-${deadline.urgency}${past ? ' past' : ''}`}>
            <span className="timeline-when">
              <time dateTime={isoInstant(deadline.dueAt)}>{formatDayTime(deadline.dueAt)}</time>{' '}
              <span className="muted">({relativeTime(deadline.dueAt, now)})</span>
            </span>
            <span className="timeline-what">
              {deadline.label}{' '}
              <span className={`source source-${deadline.source}`}>
                {deadline.source === 'page' ? 'stated by the page' : 'estimated'}
              </span>
            </span>
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
