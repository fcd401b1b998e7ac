import { dayOfInstant, deadlineDate, deadlineView } from '../../lib/format/deadline-format';
import { deadlineWords } from '../../lib/format/deadline-words';
import type { Deadline } from '../../lib/model/deadline';
import type { Order } from '../../lib/model/order';
import { stepPage } from '../../lib/pages/step-page';
import type { Advice } from '../../lib/rules/advice';
import { complaintCategoryText } from '../../lib/rules/complaints';
import { DRAFT_FOR_ACTION, type Draft } from '../../lib/rules/compose/drafts';
import { formatMoneyIn } from '../../lib/rules/format';
import { BUYER_TIME_ZONE } from '../data/buyer-time-zone';
import { useI18n } from '../i18n/I18nProvider';
import { DraftText } from './DraftText';
import { PrimaryAction } from './PrimaryAction';

interface Props {
  advice: Advice;
  order: Order;
  /** The texts for this order, the one for this step first. */
  drafts: readonly Draft[];
  now: number;
  onOpenWorkspace: () => void;
}

/** Advice that is not something to do by a date: its headline is named, not "act before". */
const NOT_BY_A_DATE: ReadonlySet<Advice['action']> = new Set(['wait', 'none', 'leave-feedback']);

/**
 * The advisor's one next step: the deadline that matters first with the time left, updated every minute
 * ("Act before … — N days N hours left"), what to do and why (rule and date), the warnings before
 * irreversible steps, ONE primary button to the AliExpress page where the step is taken, and the text
 * the step needs, ready to copy. Every date is the deadline list's own, in the one formatter's words.
 */
export function NextStep({ advice, order, drafts, now, onOpenWorkspace }: Props) {
  const { t, locale } = useI18n();
  const options = { locale, timeZone: BUYER_TIME_ZONE };
  const W = deadlineWords(locale);
  const { headline } = advice;
  const waitsFor = advice.deadline && advice.deadline.kind !== headline?.kind ? advice.deadline : undefined;
  const page = stepPage(order, advice);
  const wanted = DRAFT_FOR_ACTION[advice.action];
  const draft = wanted === undefined ? undefined : drafts.find((d) => d.id === wanted);
  const refund = advice.refund;
  return (
    <section className="next-step" aria-labelledby="next-step-title" data-testid="next-step">
      {headline && <Headline deadline={headline} now={now} act={!NOT_BY_A_DATE.has(advice.action)} />}
      <h3 id="next-step-title">{t('guide.next.title', { title: advice.title })}</h3>
      {waitsFor && (
        <p className="until" data-testid="next-step-until">
          {t(advice.action === 'wait' ? 'guide.next.until' : 'guide.next.by', {
            // The date alone: "Until"/"By" already say what a whole day means.
            when: deadlineDate(waitsFor, now, options),
            name: deadlineView(waitsFor, now, options).name,
            left: deadlineView(waitsFor, now, options).left,
          })}
        </p>
      )}
      {advice.waitUntil !== undefined && (
        <p className="until muted">
          {t('guide.next.lookAgain', { day: dayOfInstant(advice.waitUntil, now, options) })}
        </p>
      )}
      <p>{advice.why}</p>
      {advice.warnings.map((warning) => (
        <div key={warning.step} className={`warning warning-${warning.severity}`} role="note">
          <strong>{warning.title}</strong> {warning.text}
        </div>
      ))}
      {page && <PrimaryAction page={page} onOpenWorkspace={onOpenWorkspace} />}
      {draft && (
        <div className="step-text">
          <h4>{draft.title}</h4>
          <DraftText draft={draft} testId="step-text" primaryCopy={page === undefined} />
        </div>
      )}
      {refund && (
        <p>
          <strong>{t('guide.next.refund')}</strong>{' '}
          {refund.amount === undefined
            ? t(refund.resolution === 'full-refund' ? 'advice.refund.full' : 'advice.refund.partial')
            : t(refund.resolution === 'full-refund' ? 'advice.refund.fullOf' : 'advice.refund.partialOf', {
                amount: formatMoneyIn(refund.amount, locale),
              })}
          . {refund.rationale}
        </p>
      )}
      {advice.complaint && (
        <p>
          <strong>{t('guide.next.complaint')}</strong> {complaintCategoryText(advice.complaint, locale)}.{' '}
          {advice.complaint.note}
        </p>
      )}
      {advice.missingEvidence && advice.missingEvidence.length > 0 && (
        <div>
          <strong>{t('guide.next.missing')}</strong>
          <ul>
            {advice.missingEvidence.map((item) => (
              <li key={item.id}>{item.what}</li>
            ))}
          </ul>
        </div>
      )}
      {advice.safetyNets.length > 0 && (
        <ul className="safety-nets" aria-label={t('guide.next.safetyNets')} data-testid="safety-nets">
          {advice.safetyNets.map((deadline) => {
            const view = deadlineView(deadline, now, options);
            return (
              <li key={deadline.kind}>
                {t('guide.next.safetyNet', {
                  label: W.safetyNet,
                  text: view.text,
                  left: view.left,
                  source: view.source,
                })}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

/**
 * "Act before Dec 3, 3:29 PM — 2 days 4 hours left", with the deadline's name and source under it: the
 * live countdown (the guide re-renders every minute; a whole day counts in days, "last day today").
 */
function Headline({ deadline, now, act }: { deadline: Deadline; now: number; act: boolean }) {
  const { t, locale } = useI18n();
  const options = { locale, timeZone: BUYER_TIME_ZONE };
  const W = deadlineWords(locale);
  const view = deadlineView(deadline, now, options);
  const lead = !act
    ? view.text
    : deadline.dueOn === undefined
      ? W.actBefore(view.when)
      : W.actByEndOf(deadlineDate(deadline, now, options));
  return (
    <p className={`headline chip-${deadline.urgency}`} data-testid="next-step-headline">
      <strong>
        <time dateTime={deadline.dueOn ?? new Date(deadline.dueAt).toISOString()}>
          {t('guide.next.headline', { lead, left: view.left })}
        </time>
      </strong>
      <br />
      <span className="muted">
        {act ? t('guide.next.headlineSource', { name: view.name, source: view.source }) : view.source}
      </span>
    </p>
  );
}
