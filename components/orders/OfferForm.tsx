import { useId, useState } from 'react';
import { sendMessage } from '../../lib/messaging/send';
import { type Resolution, resolutionSchema } from '../../lib/model/dispute';
import type { Order } from '../../lib/model/order';
import type { Problem } from '../../lib/model/problem';
import { ORDER_PROBLEM_REASONS, type OrderProblemReason } from '../../lib/model/problem-reasons';
import { problemLabel } from '../../lib/rules/problem-labels';
import { useI18n } from '../i18n/I18nProvider';

interface Props {
  order: Order;
  /** The problem already recorded; without one the form asks what the dispute is about. */
  problem?: Problem;
}

/**
 * "The seller made an offer": what the seller proposes (and the amount, and who pays a return), recorded
 * in the journal as the seller's offer; without a problem yet, also what the dispute is about. The case
 * then has a proposal on the table and the guide says whether to accept, counter or reject it.
 */
export function OfferForm({ order, problem }: Props) {
  const id = useId();
  const { t, locale } = useI18n();
  // What the dispute page shows on the table, when it shows one: the buyer confirms rather than retypes.
  const shown = order.dispute?.offer;
  const [resolution, setResolution] = useState<Resolution>(shown?.resolution ?? 'resend');
  const [amount, setAmount] = useState(shown?.amount ? String(shown.amount.amount) : '');
  const [postage, setPostage] = useState<'' | 'buyer' | 'seller'>('');
  const [about, setAbout] = useState<OrderProblemReason>(order.dispute?.reason ?? 'not-received');
  const [error, setError] = useState<string | null>(null);
  const currency = order.total?.currency;
  const withAmount = resolution !== 'resend' && resolution !== 'other';

  async function save(event: React.FormEvent) {
    event.preventDefault();
    setError(null);
    const value = Number.parseFloat(amount.replace(',', '.'));
    try {
      if (problem === undefined) {
        await sendMessage('setProblem', { orderId: order.orderId, problem: { reason: about } });
      }
      await sendMessage('addJournalEntry', {
        orderId: order.orderId,
        kind: 'offer-received',
        resolution,
        ...(withAmount && currency && value > 0 && { amount: { amount: value, currency } }),
        ...(resolution === 'return-and-refund' && postage && { returnPostagePaidBy: postage }),
      });
    } catch (e) {
      setError(t('guide.problem.error', { error: e instanceof Error ? e.message : '' }));
    }
  }

  return (
    <form className="offer-form" onSubmit={save} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('guide.offer.title')}</h3>
      <label htmlFor={`${id}-resolution`}>{t('guide.offer.resolution')}</label>
      <select id={`${id}-resolution`} value={resolution} onChange={(e) => setResolution(e.target.value as Resolution)}>
        {resolutionSchema().options.map((r) => (
          <option key={r} value={r}>
            {t(`guide.resolution.${r}`)}
          </option>
        ))}
      </select>
      {withAmount && currency && (
        <>
          <label htmlFor={`${id}-amount`}>{t('guide.offer.amount', { currency })}</label>
          <input id={`${id}-amount`} inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} />
        </>
      )}
      {resolution === 'return-and-refund' && (
        <>
          <label htmlFor={`${id}-postage`}>{t('guide.offer.postage')}</label>
          <select
            id={`${id}-postage`}
            value={postage}
            onChange={(e) => setPostage(e.target.value as '' | 'buyer' | 'seller')}
          >
            <option value="">{t('guide.offer.postage.unknown')}</option>
            <option value="seller">{t('guide.offer.postage.seller')}</option>
            <option value="buyer">{t('guide.offer.postage.buyer')}</option>
          </select>
        </>
      )}
      {problem === undefined && (
        <>
          <label htmlFor={`${id}-about`}>{t('guide.offer.about')}</label>
          <select id={`${id}-about`} value={about} onChange={(e) => setAbout(e.target.value as OrderProblemReason)}>
            {ORDER_PROBLEM_REASONS.map((r) => (
              <option key={r} value={r}>
                {problemLabel(r, locale)}
              </option>
            ))}
          </select>
        </>
      )}
      <button type="submit">{t('guide.offer.save')}</button>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </form>
  );
}
