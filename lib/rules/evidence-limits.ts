import type { EvidenceLimits } from '../model/evidence';

const MB = 1024 * 1024;

/*
 * Each form's `source` says, for developers, where its limits come from; the buyer reads the same in plain
 * words from the catalogs (`workspace.limits.where.<target>`, behind "Where these limits come from").
 */

export type EvidenceTarget = 'dispute' | 'complaint' | 'paypal' | 'card-chargeback';

/** Source: AliExpress Complaint Center form (current): at most 5 files, each up to 5 MB. */
export const COMPLAINT_EVIDENCE_LIMITS: EvidenceLimits = Object.freeze({
  maxFiles: 5,
  maxBytesPerFile: 5 * MB,
  acceptedTypes: ['image/jpeg', 'image/png'],
  source:
    // i18n-exempt: developer note on the limit's origin (the buyer reads workspace.limits.where.complaint)
    'AliExpress complaint form: at most 5 files, 5 MB each. Accepted types are not published; JPEG and PNG photos are assumed.',
});

/**
 * Source: none published. No public source states the dispute form's upload limits (count, size,
 * formats, video length), so the complaint limits are the safe default until the upload form itself
 * is read. Videos are accepted by the dispute form (defect videos are the advised evidence); large ones
 * go zipped (legacy official guidance).
 */
export const DISPUTE_EVIDENCE_LIMITS: EvidenceLimits = Object.freeze({
  maxFiles: COMPLAINT_EVIDENCE_LIMITS.maxFiles,
  maxBytesPerFile: COMPLAINT_EVIDENCE_LIMITS.maxBytesPerFile,
  acceptedTypes: ['image/jpeg', 'image/png', 'video/mp4', 'application/zip'],
  source:
    // i18n-exempt: developer note on the limit's origin (the buyer reads workspace.limits.where.dispute)
    'Not published for disputes: the complaint form’s limits (5 files, 5 MB each) are used as the safe default; legacy guidance: send large videos zipped.',
});

/** Source: PayPal Disputes reference, "Supported file types and sizes": JPG/GIF/PNG/PDF, < 10 MB each, 50 MB per submission. */
export const PAYPAL_EVIDENCE_LIMITS: EvidenceLimits = Object.freeze({
  maxFiles: 5,
  maxBytesPerFile: 10 * MB - 1,
  maxTotalBytes: 50 * MB,
  acceptedTypes: ['image/jpeg', 'image/gif', 'image/png', 'application/pdf'],
  source:
    // i18n-exempt: developer note on the limit's origin (the buyer reads workspace.limits.where.paypal)
    'PayPal: .jpg, .jpeg, .gif, .png, .pdf; each file under 10 MB, up to 50 MB per submission (no file count is published: 5 full-size files fill it).',
});

/**
 * Source: none for buyers (each card issuer has its own form). The complaint limits are used as the safe
 * default; they also fit the strictest scheme rules merchants face (e.g. Amex: 5 files, 5 MB each).
 */
export const CARD_CHARGEBACK_EVIDENCE_LIMITS: EvidenceLimits = Object.freeze({
  maxFiles: COMPLAINT_EVIDENCE_LIMITS.maxFiles,
  maxBytesPerFile: COMPLAINT_EVIDENCE_LIMITS.maxBytesPerFile,
  acceptedTypes: ['image/jpeg', 'image/png', 'application/pdf'],
  source:
    // i18n-exempt: developer note on the limit's origin (the buyer reads workspace.limits.where.card-chargeback)
    'Card issuers publish no common buyer limits: 5 files of 5 MB (JPEG, PNG, PDF) is the safe default; check your bank’s form.',
});

const LIMITS: Readonly<Record<EvidenceTarget, EvidenceLimits>> = {
  dispute: DISPUTE_EVIDENCE_LIMITS,
  complaint: COMPLAINT_EVIDENCE_LIMITS,
  paypal: PAYPAL_EVIDENCE_LIMITS,
  'card-chargeback': CARD_CHARGEBACK_EVIDENCE_LIMITS,
};

/** Upload limits of the form the evidence is meant for. */
export function evidenceLimits(target: EvidenceTarget): EvidenceLimits {
  return LIMITS[target];
}
