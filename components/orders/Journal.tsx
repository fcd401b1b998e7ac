import { useId, useState } from 'react';
import type { JournalRow } from '../../lib/db/records';
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
import { formatMoney } from '../../lib/rules/format';
import { PROBLEM_LABELS } from '../../lib/rules/problem-labels';
import type { IrreversibleStep, Warning } from '../../lib/rules/warnings';
import { deadlineDate } from '../format';
import {
  IRREVERSIBLE_KINDS,
  JOURNAL_LABELS,
  JOURNAL_WORDS,
  KINDS_WITH_AMOUNT,
  KINDS_WITH_PROVIDER,
  KINDS_WITH_RESOLUTION,
  PROVIDER_WORDS,
} from './journal-labels';
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

const RESOLUTION_WORDS: Record<Resolution, string> = {
  'full-refund': 'Full refund',
  'partial-refund': 'Partial refund',
  'return-and-refund': 'Return for a refund',
  resend: 'Send the item again',
  other: 'Other',
};

/**
 * What the buyer did and what happened: the record the dispute case is folded from. Entries for
 * steps that cannot be taken back show the warning and ask once more before they are saved.
 */
export function Journal({ orderId, entries, currency, warningFor, defaultProvider, now }: Props) {
  const id = useId();
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
      setError(JOURNAL_WORDS.futureDate);
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
      setError(e instanceof Error ? e.message : 'Could not save.');
    }
  }

  return (
    <section className="journal" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Journal</h3>
      <form onSubmit={submit}>
        <label htmlFor={`${id}-kind`}>What happened</label>
        <select
          id={`${id}-kind`}
          value={kind}
          onChange={(e) => {
            setKind(e.target.value as JournalKind);
            setConfirming(null);
          }}
        >
          {journalKindSchema.options.map((k) => (
            <option key={k} value={k}>
              {JOURNAL_LABELS[k]}
            </option>
          ))}
        </select>
        {kind === 'dispute-opened' && (
          <>
            <label htmlFor={`${id}-reason`}>Reason chosen on the form</label>
            <select
              id={`${id}-reason`}
              value={reason}
              onChange={(e) => setReason(e.target.value as OrderProblemReason)}
            >
              <option value="">As I described the problem</option>
              {ORDER_PROBLEM_REASONS.map((r) => (
                <option key={r} value={r}>
                  {PROBLEM_LABELS[r]}
                </option>
              ))}
            </select>
          </>
        )}
        {KINDS_WITH_RESOLUTION.has(kind) && (
          <>
            <label htmlFor={`${id}-resolution`}>Resolution proposed</label>
            <select
              id={`${id}-resolution`}
              value={resolution}
              onChange={(e) => setResolution(e.target.value as Resolution)}
            >
              <option value="">Not stated</option>
              {resolutionSchema.options.map((r) => (
                <option key={r} value={r}>
                  {RESOLUTION_WORDS[r]}
                </option>
              ))}
            </select>
          </>
        )}
        {KINDS_WITH_AMOUNT.has(kind) && currency && (
          <>
            <label htmlFor={`${id}-amount`}>Amount ({currency})</label>
            <input id={`${id}-amount`} inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} />
          </>
        )}
        {KINDS_WITH_PROVIDER.has(kind) && (
          <>
            <label htmlFor={`${id}-provider`}>{JOURNAL_WORDS.provider}</label>
            <select
              id={`${id}-provider`}
              value={provider}
              onChange={(e) => setProvider(e.target.value as PaymentProvider)}
            >
              {paymentProviderSchema.options.map((p) => (
                <option key={p} value={p}>
                  {PROVIDER_WORDS[p]}
                </option>
              ))}
            </select>
          </>
        )}
        <label htmlFor={`${id}-when`}>{JOURNAL_WORDS.when}</label>
        <input
          id={`${id}-when`}
          type="datetime-local"
          value={when}
          max={localInputOf(now)}
          onChange={(e) => setWhen(e.target.value)}
        />
        <label htmlFor={`${id}-text`}>Details (optional)</label>
        <textarea id={`${id}-text`} rows={2} maxLength={5000} value={text} onChange={(e) => setText(e.target.value)} />
        {confirming && (
          <div className={`warning warning-${confirming.severity}`} role="alert">
            <strong>{confirming.title}</strong> {confirming.text}
          </div>
        )}
        <button type="submit" className="primary">
          {confirming ? 'I understand, add it' : 'Add to journal'}
        </button>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
      </form>
      {entries.length === 0 ? (
        <p className="muted">Nothing recorded yet.</p>
      ) : (
        <ol className="journal-entries" data-testid="journal-entries">
          {entries.map((entry) => (
            <li key={entry.id}>
              <time dateTime={isoInstant(entry.at)}>{deadlineDate({ dueAt: entry.at }, now)}</time> —{' '}
              {JOURNAL_LABELS[entry.kind]}
              {entry.provider ? ` (${PROVIDER_WORDS[entry.provider]})` : ''}
              {entry.resolution ? ` (${RESOLUTION_WORDS[entry.resolution]})` : ''}
              {entry.amount ? `: ${formatMoney(entry.amount)}` : ''}
              {entry.source === 'page' ? ` ${JOURNAL_WORDS.fromPage}` : ''}
              {entry.text ? <p>{entry.text}</p> : null}
              <button
                type="button"
                className="quiet"
                aria-label={`Delete “${JOURNAL_LABELS[entry.kind]}” of ${deadlineDate({ dueAt: entry.at }, now)}`}
                onClick={() => void sendMessage('deleteJournalEntry', { id: entry.id })}
              >
                Delete
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
