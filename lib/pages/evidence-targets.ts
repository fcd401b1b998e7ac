import { typeList } from '../evidence/check-evidence-files';
import { formatBytes } from '../evidence/format-bytes';
import { type Translator, translatorFor } from '../i18n/translator';
import type { EvidenceLimits } from '../model/evidence';
import type { EvidenceTarget } from '../rules/evidence-limits';

/** The forms evidence is gathered for, in the order the workspace offers them (the dispute first: it comes first). */
export const EVIDENCE_TARGETS: readonly EvidenceTarget[] = ['dispute', 'complaint', 'paypal', 'card-chargeback'];

/** The form's name in the buyer's language: "AliExpress dispute", "Disputa de PayPal". */
export function targetLabel(target: EvidenceTarget, words: Translator = translatorFor()): string {
  return words.t(`workspace.target.${target}`);
}

/** One line for the buyer: "Up to 5 files, 5 MB each (50 MB in all); JPEG, PNG, MP4, ZIP." */
export function describeLimits(limits: EvidenceLimits, words: Translator = translatorFor()): string {
  const values = {
    maxFiles: limits.maxFiles,
    each: formatBytes(limits.maxBytesPerFile, words),
    types: typeList(limits.acceptedTypes, words),
  };
  return limits.maxTotalBytes
    ? words.t('workspace.limits.lineWithTotal', { ...values, total: formatBytes(limits.maxTotalBytes, words) })
    : words.t('workspace.limits.line', values);
}

/**
 * The file picker's `accept`: what the form takes, plus any picture, since a picture of another
 * type (WebP, BMP, …) can be re-encoded to fit.
 */
export function pickerAccept(limits: EvidenceLimits): string {
  return [...new Set(['image/*', ...limits.acceptedTypes])].join(',');
}
