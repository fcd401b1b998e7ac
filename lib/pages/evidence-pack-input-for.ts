import type { JournalRow } from '../db/records';
import { toDeadline } from '../db/records';
import type { EvidenceJournalEntry, EvidencePackInput } from '../evidence/evidence-pack-input';
import { translatorFor } from '../i18n/translator';
import type { EvidenceMeta } from '../model/evidence';
import { formatMoney } from '../rules/format';
import type { OrderView } from './order-view';

/**
 * Adapts an order's view (storage, advice, drafts) to the evidence pack: the texts are the drafts
 * the view offers, with where each goes; files come with their stored bytes, in the order added.
 */
export function evidencePackInputFor(
  view: OrderView,
  files: readonly { meta: EvidenceMeta; blob: Blob }[],
  generatedAt: number,
  timeZone: string,
  /** The buyer's language, for the summary's headings (its text stays English). */
  locale?: string,
): EvidencePackInput {
  return {
    order: view.detail.row.order,
    deadlines: view.deadlines.map(toDeadline),
    journal: view.detail.journal.map(journalLine),
    texts: view.drafts.map((draft) => ({ title: `${draft.title} (${draft.where})`, body: draft.body })),
    files,
    generatedAt,
    timeZone,
    ...(locale !== undefined && { locale }),
  };
}

/**
 * One journal line: the buyer's note plus the facts recorded with it (amount, resolution, outcome), in
 * English like the rest of the summary, which may be handed to the platform.
 */
export function journalLine(entry: JournalRow): EvidenceJournalEntry {
  const { t } = translatorFor('en');
  const facts = [
    entry.text?.trim(),
    entry.amount && formatMoney(entry.amount),
    entry.resolution?.replaceAll('-', ' '),
    entry.outcome && t('workspace.summary.outcome', { outcome: entry.outcome.replaceAll('-', ' ') }),
    entry.provider &&
      t(entry.provider === 'paypal' ? 'workspace.summary.withPaypal' : 'workspace.summary.withCardIssuer'),
  ].filter((fact): fact is string => Boolean(fact));
  return { at: entry.at, kind: entry.kind, text: facts.join(' · ') };
}
