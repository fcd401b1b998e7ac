import { sendMessage } from '../../lib/messaging/send';
import { openWorkspace } from '../../lib/pages/open-workspace';
import { orderPageUrl } from '../../lib/pages/order-page-url';
import { formatMoney } from '../../lib/rules/format';
import { type IrreversibleStep, warningFor } from '../../lib/rules/warnings';
import { useNow } from '../data/useNow';
import { BUYER_TIME_ZONE, useOrderView } from '../data/useOrderView';
import { ProblemPicker } from '../ProblemPicker';
import { Composer } from './Composer';
import { DeadlineTimeline } from './DeadlineTimeline';
import { EvidenceSummary } from './EvidenceSummary';
import { Journal } from './Journal';
import { NextStep } from './NextStep';

interface Props {
  orderId: string;
  /** The AliExpress tab the popup was opened on, so the workspace can capture it. */
  sourceTabId?: number;
  onBack: () => void;
}

/** One order: what to do next and why, its deadlines, the problem, evidence, texts and journal. */
export function OrderView({ orderId, sourceTabId, onBack }: Props) {
  const view = useOrderView(orderId);
  const now = useNow();
  if (view === undefined) return <p className="muted">Loading…</p>;
  if (view === null) {
    return (
      <div>
        <button type="button" onClick={onBack}>
          ← All orders
        </button>
        <p role="alert">This order is not tracked (it may have been deleted).</p>
      </div>
    );
  }
  const { order } = view.detail.row;
  const item = order.items?.[0];

  const warn = (step: IrreversibleStep) =>
    warningFor(step, {
      order,
      ...(view.dispute && { dispute: view.dispute }),
      ...(view.detail.problem && { problem: view.detail.problem }),
      journal: view.detail.journal,
      now,
      timeZone: BUYER_TIME_ZONE,
      settings: view.ruleSettings,
    });

  async function forget() {
    if (confirm(`Forget order ${orderId} and everything recorded about it (journal, evidence)?`)) {
      await sendMessage('deleteOrder', { orderId });
      onBack();
    }
  }

  return (
    <article className="order-view" aria-labelledby="order-title">
      <button type="button" onClick={onBack}>
        ← All orders
      </button>
      <header>
        <h2 id="order-title">{item?.title ?? `Order ${orderId}`}</h2>
        <p className="muted">
          {/* Page text in <bdi>: a right-to-left override in it must not reverse the rest of the line. */}
          <bdi>{order.store?.name ?? 'Store not read'}</bdi> · Order {orderId}
          {order.statusText && (
            <>
              {' · '}
              <bdi>{order.statusText}</bdi>
            </>
          )}
          {order.total ? ` · ${formatMoney(order.total)}` : ''}
        </p>
        <a href={orderPageUrl(orderId, order.detailUrl)} target="_blank" rel="noreferrer">
          Open the order on AliExpress
        </a>
      </header>
      <NextStep advice={view.advice} now={now} />
      <section aria-labelledby="deadlines-title">
        <h3 id="deadlines-title">Deadlines</h3>
        <DeadlineTimeline deadlines={view.deadlines} now={now} />
      </section>
      <ProblemPicker orderId={orderId} {...(view.detail.problem && { problem: view.detail.problem })} />
      <EvidenceSummary view={view} onOpenWorkspace={() => void openWorkspace(orderId, sourceTabId)} />
      <Composer drafts={view.drafts} />
      <Journal
        orderId={orderId}
        entries={view.detail.journal}
        {...(order.total && { currency: order.total.currency })}
        warningFor={warn}
        defaultProvider={view.ruleSettings.paymentMethod === 'paypal' ? 'paypal' : 'card'}
        now={now}
      />
      <button type="button" className="quiet danger" onClick={forget}>
        Forget this order
      </button>
    </article>
  );
}
