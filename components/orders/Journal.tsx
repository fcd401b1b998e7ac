import { useId, useState } from 'react';
import type { JournalRow } from '../../lib/db/records';
import { deadlineDate } from '../../lib/format/deadline-format';
import { sendMessage } from '../../lib/messaging/send';
import {
  type PaymentProvider,
  paymentProviderSchema,
  type Resolution,
  resolutionSchema,
} from '../../lib/model/dispute';
import { type JournalKind, journalKindSchema } from '../../lib/model/journal';
import { ORDER_PROBLEM_REASONS, type OrderProblemReason } from '../../lib/model/problem-reasons';
import { isoInstant } from '../../lib/model/time';
import { formatMoneyIn } from '../../lib/rules/format';
import { problemLabel } from '../../lib/rules/problem-labels';
import type { IrreversibleStep, Warning } from '../../lib/rules/warnings';
import { BUYER_TIME_ZONE } from '../data/buyer-time-zone';
import { useI18n } from '../i18n/I18nProvider';
import { IRREVERSIBLE_KINDS, KINDS_WITH_AMOUNT, KINDS_WITH_PROVIDER, KINDS_WITH_RESOLUTION } from './journal-labels';
import { instantOfLocalInput, localInputOf } from './local-input';

interface Props {
  orderId: string;
  entries: readonly JournalRow[];
  /** The currency amounts are in (the order's). */
  currency?: string;
  warningFor: (step: IrreversibleStep) => Warning;
  /** Who the buyer pays with (settings): the default for a chargeback or PayPal dispute entry. */
  defaultProvider: PaymentProvider;
  now: number;
}

/**
 * What the buyer did and what happened: the record the dispute case is folded from. Entries for
 * steps that cannot be taken back show the warning and ask once more before they are saved.
 */
export function Journal({ orderId, entries, currency, warningFor, defaultProvider, now }: Props) {
  const id = useId();
  const { t, locale } = useI18n();
  const dateOf = (at: number) => deadlineDate({ dueAt: at }, now, { locale, timeZone: BUYER_TIME_ZONE });
  const [kind, setKind] = useState<JournalKind>('contacted-seller');
  const [text, setText] = useState('');
  const [amount, setAmount] = useState('');
  const [resolution, setResolution] = useState<Resolution | ''>('');
  const [reason, setReason] = useState<OrderProblemReason | ''>('');
  const [provider, setProvider] = useState<PaymentProvider>(defaultProvider);
  /** Empty: now. A past date and time can be entered, so a step taken earlier counts from when it happened. */
  const [when, setWhen] = useState('');
  const [confirming, setConfirming] = useState<Warning | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function save(at: number | undefined) {
    const value = Number.parseFloat(amount.replace(',', '.'));
    await sendMessage('addJournalEntry', {
      orderId,
      kind,
      ...(at !== undefined && { at }),
      ...(KINDS_WITH_PROVIDER.has(kind) && { provider }),
      ...(text.trim() && { text: text.trim() }),
      ...(KINDS_WITH_AMOUNT.has(kind) && currency && value > 0 && { amount: { amount: value, currency } }),
      ...(KINDS_WITH_RESOLUTION.has(kind) && resolution && { resolution }),
      ...(kind === 'dispute-opened' && reason && { reason }),
    });
    setText('');
    setAmount('');
    setWhen('');
    setConfirming(null);
  }

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setError(null);
    const at = when ? instantOfLocalInput(when) : undefined;
    if (at !== undefined && (Number.isNaN(at) || at > Date.now() + 60_000)) {
      setError(t('guide.journal.futureDate'));
      return;
    }
    const step = IRREVERSIBLE_KINDS[kind];
    if (step && !confirming) {
      setConfirming(warningFor(step));
      return;
    }
    try {
      await save(at);
    } catch (e) {
      setError(e instanceof Error ? e.message : t('guide.journal.couldNotSave'));
    }
  }

  return (
    <div className="journal">
      <form onSubmit={submit} aria-labelledby={`${id}-kind-label`}>
        <label htmlFor={`${id}-kind`} id={`${id}-kind-label`}>
          {t('guide.journal.what')}
        </label>
        <select
          id={`${id}-kind`}
          value={kind}
          onChange={(e) => {
            setKind(e.target.value as JournalKind);
            setConfirming(null);
          }}
        >
          {journalKindSchema().options.map((k) => (
            <option key={k} value={k}>
              {t(`journal.kind.${k}`)}
            </option>
          ))}
        </select>
        {kind === 'dispute-opened' && (
          <>
            <label htmlFor={`${id}-reason`}>{t('guide.journal.reason')}</label>
            <select
              id={`${id}-reason`}
              value={reason}
              onChange={(e) => setReason(e.target.value as OrderProblemReason)}
            >
              <option value="">{t('guide.journal.reasonAsDescribed')}</option>
              {ORDER_PROBLEM_REASONS.map((r) => (
                <option key={r} value={r}>
                  {problemLabel(r, locale)}
                </option>
              ))}
            </select>
          </>
        )}
        {KINDS_WITH_RESOLUTION.has(kind) && (
          <>
            <label htmlFor={`${id}-resolution`}>{t('guide.journal.resolution')}</label>
            <select
              id={`${id}-resolution`}
              value={resolution}
              onChange={(e) => setResolution(e.target.value as Resolution)}
            >
              <option value="">{t('guide.journal.notStated')}</option>
              {resolutionSchema().options.map((r) => (
                <option key={r} value={r}>
                  {t(`guide.resolution.${r}`)}
                </option>
              ))}
            </select>
          </>
        )}
        {KINDS_WITH_AMOUNT.has(kind) && currency && (
          <>
            <label htmlFor={`${id}-amount`}>{t('guide.journal.amount', { currency })}</label>
            <input id={`${id}-amount`} inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} />
          </>
        )}
        {KINDS_WITH_PROVIDER.has(kind) && (
          <>
            <label htmlFor={`${id}-provider`}>{t('guide.journal.provider')}</label>
            <select
              id={`${id}-provider`}
              value={provider}
              onChange={(e) => setProvider(e.target.value as PaymentProvider)}
            >
              {paymentProviderSchema().options.map((p) => (
                <option key={p} value={p}>
                  {t(`journal.provider.${p}`)}
                </option>
              ))}
            </select>
          </>
        )}
        <label htmlFor={`${id}-when`}>{t('guide.journal.when')}</label>
        <input
          id={`${id}-when`}
          type="datetime-local"
          value={when}
          max={localInputOf(now)}
          onChange={(e) => setWhen(e.target.value)}
        />
        <label htmlFor={`${id}-text`}>{t('guide.journal.details')}</label>
        <textarea id={`${id}-text`} rows={2} maxLength={5000} value={text} onChange={(e) => setText(e.target.value)} />
        {confirming && (
          <div className={`warning warning-${confirming.severity}`} role="alert">
            <strong>{confirming.title}</strong> {confirming.text}
          </div>
        )}
        {/* Not primary: the guide's one primary action is the next step's. */}
        <button type="submit">{confirming ? t('guide.journal.confirm') : t('guide.journal.add')}</button>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
      </form>
      {entries.length === 0 ? (
        <p className="muted">{t('guide.journal.empty')}</p>
      ) : (
        <ol className="journal-entries" data-testid="journal-entries">
          {entries.map((entry) => (
            <li key={entry.id}>
              <time dateTime={isoInstant(entry.at)}>{dateOf(entry.at)}</time> — {t(`journal.kind.${entry.kind}`)}
              {entry.provider ? ` (${t(`journal.provider.${entry.provider}`)})` : ''}
              {entry.resolution ? ` (${t(`guide.resolution.${entry.resolution}`)})` : ''}
              {entry.amount ? `: ${formatMoneyIn(entry.amount, locale)}` : ''}
              {entry.source === 'page' ? ` ${t('guide.journal.fromPage')}` : ''}
              {entry.text ? <p>{entry.text}</p> : null}
              <button
                type="button"
                className="quiet"
                aria-label={t('guide.journal.deleteLabel', {
                  kind: t(`journal.kind.${entry.kind}`),
                  date: dateOf(entry.at),
                })}
                onClick={() => void sendMessage('deleteJournalEntry', { id: entry.id })}
              >
                {t('guide.journal.delete')}
              </button>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
