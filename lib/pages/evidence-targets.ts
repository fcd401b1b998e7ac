import { formatBytes } from '../evidence/format-bytes';
import type { EvidenceLimits } from '../model/evidence';
import type { EvidenceTarget } from '../rules/evidence-limits';

/** The forms evidence is gathered for, in the order the workspace offers them (the dispute first: it comes first). */
export const EVIDENCE_TARGETS: readonly { target: EvidenceTarget; label: string }[] = [
  { target: 'dispute', label: 'AliExpress dispute' },
  { target: 'complaint', label: 'AliExpress complaint' },
  { target: 'paypal', label: 'PayPal dispute' },
  { target: 'card-chargeback', label: 'Card chargeback (your bank)' },
];

export function targetLabel(target: EvidenceTarget): string {
  return EVIDENCE_TARGETS.find((entry) => entry.target === target)?.label ?? target;
}

/** "image/jpeg" → "JPEG", "application/pdf" → "PDF". */
export function typeName(type: string): string {
  const subtype = type.split('/')[1] ?? type;
  return subtype === '*' ? `any ${type.split('/')[0]}` : subtype.replace(/^x-/, '').toUpperCase();
}

/** One line for the buyer: "Up to 5 files, 5 MB each (50 MB in all); JPEG, PNG, MP4, ZIP." */
export function describeLimits(limits: EvidenceLimits): string {
  const files = `Up to ${limits.maxFiles} ${limits.maxFiles === 1 ? 'file' : 'files'}`;
  const each = `${formatBytes(limits.maxBytesPerFile)} each`;
  const total = limits.maxTotalBytes ? ` (${formatBytes(limits.maxTotalBytes)} in all)` : '';
  return `${files}, ${each}${total}; ${limits.acceptedTypes.map(typeName).join(', ')}.`;
}

/**
 * The file picker's `accept`: what the form takes, plus any picture, since a picture of another
 * type (WebP, BMP, …) can be re-encoded to fit.
 */
export function pickerAccept(limits: EvidenceLimits): string {
  return [...new Set(['image/*', ...limits.acceptedTypes])].join(',');
}
