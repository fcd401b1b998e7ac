import { useId, useState } from 'react';
import type { JournalRow } from '../../lib/db/records';
import { sendMessage } from '../../lib/messaging/send';
import { type Resolution, resolutionSchema } from '../../lib/model/dispute';
import { type JournalKind, journalKindSchema } from '../../lib/model/journal';
import { ORDER_PROBLEM_REASONS, type OrderProblemReason } from '../../lib/model/problem-reasons';
import { isoInstant } from '../../lib/model/time';
import { formatMoney } from '../../lib/rules/format';
import { PROBLEM_LABELS } from '../../lib/rules/problem-labels';
import type { IrreversibleStep, Warning } from '../../lib/rules/warnings';
import { formatDayTime } from '../format';
import { IRREVERSIBLE_KINDS, JOURNAL_LABELS, KINDS_WITH_AMOUNT, KINDS_WITH_RESOLUTION } from './journal-labels';

interface Props {
  orderId: string;
  entries: readonly JournalRow[];
  /** The currency amounts are in (the order's). */
  currency?: string;
  warningFor: (step: IrreversibleStep) => Warning;
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
export function Journal({ orderId, entries, currency, warningFor }: Props) {
  const id = useId();
  const [kind, setKind] = useState<JournalKind>('contacted-seller');
  const [text, setText] = useState('');
  const [amount, setAmount] = useState('');
  const [resolution, setResolution] = useState<Resolution | ''>('');
  const [reason, setReason] = useState<OrderProblemReason | ''>('');
  const [confirming, setConfirming] = useState<Warning | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function save() {
    const value = Number.parseFloat(amount.replace(',', '.'));
    await sendMessage('addJournalEntry', {
      orderId,
      kind,
      ...(text.trim() && { text: text.trim() }),
      ...(KINDS_WITH_AMOUNT.has(kind) && currency && value > 0 && { amount: { amount: value, currency } }),
      ...(KINDS_WITH_RESOLUTION.has(kind) && resolution && { resolution }),
      ...(kind === 'dispute-opened' && reason && { reason }),
    });
    setText('');
    setAmount('');
    setConfirming(null);
  }

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setError(null);
    const step = IRREVERSIBLE_KINDS[kind];
    if (step && !confirming) {
      setConfirming(warningFor(step));
      return;
    }
    try {
      await save();
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
              <time dateTime={isoInstant(entry.at)}>{formatDayTime(entry.at)}</time> — {JOURNAL_LABELS[entry.kind]}
              {entry.resolution ? ` (${RESOLUTION_WORDS[entry.resolution]})` : ''}
              {entry.amount ? `: ${formatMoney(entry.amount)}` : ''}
              {entry.text ? <p>{entry.text}</p> : null}
              <button
                type="button"
                className="link"
                aria-label={`Delete “${JOURNAL_LABELS[entry.kind]}” of ${formatDayTime(entry.at)}`}
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
