import type { DeadlineRow } from '../../lib/db/records';
import { deadlineDate, deadlineView } from '../../lib/format/deadline-format';
import { isoInstant } from '../../lib/model/time';
import { ruleExplanation } from '../../lib/rules/rule-explanations';
import { BUYER_TIME_ZONE } from '../data/buyer-time-zone';
import { useI18n } from '../i18n/I18nProvider';

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
  const { t, locale } = useI18n();
  const options = { locale, timeZone: BUYER_TIME_ZONE };
  if (deadlines.length === 0) return <p className="muted">{t('guide.timeline.empty')}</p>;
  return (
    <ol className="timeline" aria-label={t('guide.timeline.label')} data-testid="timeline">
      {deadlines.map((deadline) => {
        const why = deadline.source === 'estimate' ? ruleExplanation(deadline.ruleId, locale) : undefined;
        const view = deadlineView(deadline, now, options);
        const alternative = deadline.alternative;
        const alternativeRule = alternative && ruleExplanation(alternative.ruleId, locale);
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
            {alternative && (
              <p className="muted">
                {alternativeRule
                  ? t('rule.alternative', {
                      date: deadlineDate(alternative, now, options),
                      rule: alternativeRule.summary,
                    })
                  : t('rule.alternativeBare', { date: deadlineDate(alternative, now, options) })}
              </p>
            )}
            {why && (
              <details className="timeline-rule">
                <summary>{t('guide.timeline.why')}</summary>
                <p>
                  {why.summary} <span className="muted">{why.source}</span>
                </p>
                {why.note && <p className="muted">{why.note}</p>}
              </details>
            )}
          </li>
        );
      })}
    </ol>
  );
}
