import { useState } from 'react';
import { sendMessage } from '../../lib/messaging/send';
import type { Order } from '../../lib/model/order';
import type { ProblemReason } from '../../lib/model/problem-reasons';
import { whatsWrongChoices } from '../../lib/rules/problem-choices';
import { useI18n } from '../i18n/I18nProvider';
import { ProblemPicker } from '../ProblemPicker';
import { OfferForm } from './OfferForm';

interface Props {
  order: Order;
}

type Open = 'choices' | 'offer' | 'other';

/**
 * Where the guide starts when the order has no problem yet: "What's wrong?" as big buttons. A problem
 * is saved at once and the guide moves on to its next step; "The seller made an offer" asks what was
 * offered; "Something else" opens the full list.
 */
export function WhatsWrong({ order }: Props) {
  const { t, locale } = useI18n();
  const [open, setOpen] = useState<Open>('choices');
  const [error, setError] = useState<string | null>(null);

  async function choose(reason: ProblemReason) {
    setError(null);
    try {
      await sendMessage('setProblem', { orderId: order.orderId, problem: { reason } });
    } catch (e) {
      setError(t('guide.problem.error', { error: e instanceof Error ? e.message : '' }));
    }
  }

  const back = (
    <button type="button" className="quiet" onClick={() => setOpen('choices')}>
      {t('guide.whatsWrong.back')}
    </button>
  );
  if (open === 'offer') {
    return (
      <section className="whats-wrong" aria-label={t('guide.whatsWrong.title')}>
        <OfferForm order={order} />
        {back}
      </section>
    );
  }
  if (open === 'other') {
    return (
      <section className="whats-wrong" aria-label={t('guide.whatsWrong.title')}>
        <ProblemPicker orderId={order.orderId} />
        {back}
      </section>
    );
  }
  return (
    <section className="whats-wrong" aria-labelledby="whats-wrong-title" data-testid="whats-wrong">
      <h3 id="whats-wrong-title">{t('guide.whatsWrong.title')}</h3>
      <p className="muted">{t('guide.whatsWrong.hint')}</p>
      <div className="choices">
        {whatsWrongChoices(locale).map((choice) => (
          <button
            key={choice.id}
            type="button"
            className="choice"
            data-choice={choice.id}
            onClick={() => {
              if (choice.id === 'offer' || choice.id === 'other') setOpen(choice.id);
              else void choose(choice.reason);
            }}
          >
            {choice.label}
          </button>
        ))}
      </div>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </section>
  );
}
