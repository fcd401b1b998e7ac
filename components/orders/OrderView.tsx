import { sendMessage } from '../../lib/messaging/send';
import { openWorkspace } from '../../lib/pages/open-workspace';
import { orderPageUrl } from '../../lib/pages/order-page-url';
import type { Advice } from '../../lib/rules/advice';
import { formatMoneyIn } from '../../lib/rules/format';
import { type IrreversibleStep, warningFor } from '../../lib/rules/warnings';
import { BUYER_TIME_ZONE } from '../data/buyer-time-zone';
import { useNow } from '../data/useNow';
import { useOrderView } from '../data/useOrderView';
import { useI18n } from '../i18n/I18nProvider';
import { CaseStepper } from './CaseStepper';
import { Composer } from './Composer';
import { DeadlineTimeline } from './DeadlineTimeline';
import { EvidenceSummary } from './EvidenceSummary';
import { Journal } from './Journal';
import { NextStep } from './NextStep';
import { ProblemLine } from './ProblemLine';
import { WhatsWrong } from './WhatsWrong';
import './guide.css';

interface Props {
  orderId: string;
  /** The AliExpress tab the guide was opened beside, so the workspace can capture it. */
  sourceTabId?: number;
  /** Back to the list; absent where there is no list to go back to. */
  onBack?: () => void;
}

/**
 * The guide to one order, problem first: "What's wrong?" when no problem is set (or the problem, with
 * "Can you still use it?"), where the case stands, then the ONE next step with its deadline, a live
 * countdown, the button to the AliExpress page where it is taken and the text it needs. Deadlines, other
 * routes, evidence, all texts and the journal are folded below.
 */
export function OrderView({ orderId, sourceTabId, onBack }: Props) {
  const { t, locale } = useI18n();
  const view = useOrderView(orderId);
  const now = useNow();
  const back = onBack && (
    <button type="button" className="quiet" onClick={onBack}>
      {t('guide.back')}
    </button>
  );
  if (view === undefined) return <p className="muted">{t('guide.loading')}</p>;
  if (view === null) {
    return (
      <div>
        {back}
        <p role="alert">{t('guide.notTracked')}</p>
      </div>
    );
  }
  const { order } = view.detail.row;
  const { problem } = view.detail;
  const { advice } = view;
  const item = order.items?.[0];
  const workspace = () => void openWorkspace(orderId, sourceTabId);

  const warn = (step: IrreversibleStep) =>
    warningFor(step, {
      order,
      ...(view.dispute && { dispute: view.dispute }),
      ...(problem && { problem }),
      journal: view.detail.journal,
      now,
      timeZone: BUYER_TIME_ZONE,
      settings: view.ruleSettings,
      locale,
    });

  async function forget() {
    if (confirm(t('guide.forgetConfirm', { id: orderId }))) {
      await sendMessage('deleteOrder', { orderId });
      onBack?.();
    }
  }

  return (
    <article className="order-view" aria-labelledby="order-title">
      {back}
      <header>
        <h2 id="order-title">{item?.title ?? t('guide.orderTitle', { id: orderId })}</h2>
        <p className="muted order-view-meta">
          {/* Page text in <bdi>: a right-to-left override in it must not reverse the rest of the line. */}
          <bdi>{order.store?.name ?? t('guide.storeNotRead')}</bdi> · {t('guide.orderNumber', { id: orderId })}
          {order.statusText && (
            <>
              {' · '}
              <bdi>{order.statusText}</bdi>
            </>
          )}
          {order.total ? ` · ${formatMoneyIn(order.total, locale)}` : ''}
        </p>
      </header>
      {problem ? <ProblemLine orderId={orderId} problem={problem} /> : <WhatsWrong order={order} />}
      {view.progress && <CaseStepper progress={view.progress} {...stepperDate(advice)} now={now} />}
      <NextStep advice={advice} order={order} drafts={view.drafts} now={now} onOpenWorkspace={workspace} />
      {advice.alternatives.length > 0 && (
        <details className="fold">
          <summary>{t('guide.section.routes', { count: advice.alternatives.length })}</summary>
          <ul className="alternatives">
            {advice.alternatives.map((option) => (
              <li key={option.action}>
                <strong>{option.title}.</strong> {option.why}
              </li>
            ))}
          </ul>
        </details>
      )}
      <details className="fold">
        <summary>{t('guide.section.deadlines', { count: view.deadlines.length })}</summary>
        <DeadlineTimeline deadlines={view.deadlines} now={now} />
      </details>
      <details className="fold">
        <summary>{t('guide.section.evidence')}</summary>
        <EvidenceSummary view={view} onOpenWorkspace={workspace} />
      </details>
      <details className="fold">
        <summary>{t('guide.section.texts', { count: view.drafts.length })}</summary>
        <Composer drafts={view.drafts} />
      </details>
      <details className="fold">
        <summary>{t('guide.section.journal', { count: view.detail.journal.length })}</summary>
        <Journal
          orderId={orderId}
          entries={view.detail.journal}
          {...(order.total && { currency: order.total.currency })}
          warningFor={warn}
          defaultProvider={view.ruleSettings.paymentMethod === 'paypal' ? 'paypal' : 'card'}
          now={now}
        />
      </details>
      <details className="fold">
        <summary>{t('guide.section.more')}</summary>
        <p>
          <a href={orderPageUrl(orderId, order.detailUrl)} target="_blank" rel="noreferrer">
            {t('guide.openOrder')}
          </a>
        </p>
        <button type="button" className="quiet danger" onClick={forget}>
          {t('guide.forget')}
        </button>
      </details>
    </article>
  );
}

/** The date the stepper names as next: the advice's headline, else the deadline the step waits for. */
function stepperDate(advice: Advice) {
  const next = advice.headline ?? advice.deadline;
  return next ? { next } : {};
}
