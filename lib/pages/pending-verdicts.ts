import { checkEvidenceFiles, type EvidenceFileVerdict } from '../evidence/check-evidence-files';
import type { EvidenceLimits } from '../model/evidence';

/**
 * Verdicts for the files waiting to be saved, against the form's limits: the stored files already
 * take their places (and bytes), pending files take the rest in the order they came.
 */
export function pendingVerdicts(
  pending: readonly { name: string; type: string; blob: Blob }[],
  stored: readonly { size: number }[],
  limits: EvidenceLimits,
): EvidenceFileVerdict[] {
  const storedBytes = stored.reduce((sum, file) => sum + file.size, 0);
  const candidates = pending.map((file) => ({ name: file.name, type: file.type, size: file.blob.size }));
  return checkEvidenceFiles(candidates, stored.length, limits, storedBytes).files;
}

/** Verdicts for the stored files themselves, when the buyer switches to a stricter form. */
export function storedVerdicts(
  stored: readonly { name: string; type: string; size: number }[],
  limits: EvidenceLimits,
): EvidenceFileVerdict[] {
  return checkEvidenceFiles(stored, 0, limits).files;
}
