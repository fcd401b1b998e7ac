import { deadlineView } from '../lib/format/deadline-format';
import type { Deadline, Urgency } from '../lib/model/deadline';
import { BUYER_TIME_ZONE } from './data/buyer-time-zone';
import { useI18n } from './i18n/I18nProvider';

interface Props {
  urgency: Urgency;
  deadline: Pick<Deadline, 'kind' | 'label' | 'dueAt' | 'dueOn' | 'source'>;
  now: number;
}

/**
 * A deadline in a few words — its name, its date (the one formatter's) and the time left — coloured by
 * urgency, in the buyer's language; the colour is never the only signal (the text says it).
 */
export function UrgencyChip({ urgency, deadline, now }: Props) {
  const { t, locale } = useI18n();
  const view = deadlineView(deadline, now, { locale, timeZone: BUYER_TIME_ZONE });
  return (
    <span
      className={`chip chip-${urgency}`}
      title={t('list.chip.title', { urgency: t(`list.urgency.${urgency}`), source: view.source })}
    >
      {/* Where room is short (the popup's list) the date part gives way, never the time left. */}
      <span className="chip-what">{view.text}</span>
      <span className="chip-left">
        {' · '}
        {view.left}
      </span>
    </span>
  );
}
