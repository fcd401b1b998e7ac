import { checkEvidenceFiles, type EvidenceFileVerdict } from '../evidence/check-evidence-files';
import type { Translator } from '../i18n/translator';
import type { EvidenceLimits } from '../model/evidence';
import { isSettled, type PendingFile } from './pending-evidence-store';

/**
 * Verdicts for the files waiting to be saved, against the form's limits: the stored files already
 * take their places (and bytes), pending files take the rest in the order they came.
 */
export function pendingVerdicts(
  pending: readonly { name: string; type: string; blob: Blob }[],
  stored: readonly { size: number }[],
  limits: EvidenceLimits,
  words?: Translator,
): EvidenceFileVerdict[] {
  const storedBytes = stored.reduce((sum, file) => sum + file.size, 0);
  const candidates = pending.map((file) => ({ name: file.name, type: file.type, size: file.blob.size }));
  return checkEvidenceFiles(candidates, stored.length, limits, storedBytes, words).files;
}

/** Verdicts for the stored files themselves, when the buyer switches to a stricter form. */
export function storedVerdicts(
  stored: readonly { name: string; type: string; size: number }[],
  limits: EvidenceLimits,
  words?: Translator,
): EvidenceFileVerdict[] {
  return checkEvidenceFiles(stored, 0, limits, 0, words).files;
}

/**
 * The files "Save all" may save: those that fit the form as they are (a file needing compression or
 * refused waits for the buyer) and that nothing is running on. `files` and `verdicts` go in the same order.
 */
export function readyToSave(
  files: readonly PendingFile[],
  verdicts: readonly (EvidenceFileVerdict | undefined)[],
): string[] {
  return files.filter((file, index) => verdicts[index]?.accepted === true && isSettled(file)).map((file) => file.key);
}
