import { type Translator, translatorFor } from '../i18n/translator';
import type { EvidenceLimits } from '../model/evidence';
import { formatBytes } from './format-bytes';
import { mediaTypeOf, typeIsAccepted } from './media-type';
import { reencodeTypeFor } from './reencode-type';

/** What the workspace knows about a picked file before reading it (a File satisfies this). */
export interface EvidenceFileCandidate {
  name: string;
  type: string;
  size: number;
}

export type EvidenceFileProblem =
  | { code: 'empty'; message: string }
  | { code: 'type-not-accepted'; type: string; message: string }
  | { code: 'too-large'; limit: number; overBy: number; message: string }
  | { code: 'too-many-files'; maxFiles: number; message: string }
  | { code: 'total-too-large'; maxTotalBytes: number; message: string };

export interface EvidenceFileVerdict {
  /** Position in the input list. */
  index: number;
  name: string;
  /** MIME type as checked (from the extension when the browser gave none). */
  type: string;
  accepted: boolean;
  /** Every reason it cannot be added as it is; empty when accepted. */
  problems: EvidenceFileProblem[];
  /** One sentence for the buyer: the problems joined, or the fix when there is one. */
  reason?: string;
  /**
   * Set when re-encoding the image (smaller, or as an accepted type) would clear every problem:
   * the workspace offers `fitImageToLimit(file, limits.maxBytesPerFile, { outputType })`.
   */
  fix?: { action: 'compress-image'; outputType: string; maxBytes: number };
}

export interface EvidenceFilesCheck {
  files: EvidenceFileVerdict[];
  /** Free places left after the accepted and the fixable files. */
  slotsLeft: number;
}

/**
 * Checks picked files against a form's limits, in order. A file that is accepted, or that a
 * compression would make acceptable, takes one of the free places (`maxFiles - existing`); once
 * they are gone every further file is rejected for the count, so the buyer sees which ones to drop.
 */
export function checkEvidenceFiles(
  files: readonly EvidenceFileCandidate[],
  existing: number,
  limits: EvidenceLimits,
  /** Bytes already attached, for forms with a total limit (PayPal: 50 MB per submission). */
  existingBytes = 0,
  /** The buyer's language for the messages (English by default). */
  words: Translator = translatorFor(),
): EvidenceFilesCheck {
  const { t } = words;
  const size = (bytes: number) => formatBytes(bytes, words);
  let slotsLeft = Math.max(0, limits.maxFiles - existing);
  let totalBytes = existingBytes;
  const verdicts = files.map((file, index): EvidenceFileVerdict => {
    const type = mediaTypeOf(file);
    const problems = contentProblems(file, type, limits, words);
    const outputType = problems.length > 0 ? fixableOutputType(problems, type, limits) : undefined;
    const takesSlot = problems.length === 0 || outputType !== undefined;
    // A file to be compressed will weigh at most the per-file limit.
    const weight = Math.min(file.size, limits.maxBytesPerFile);
    const overTotal = limits.maxTotalBytes !== undefined && totalBytes + weight > limits.maxTotalBytes;
    if (takesSlot && overTotal) {
      problems.push({
        code: 'total-too-large',
        maxTotalBytes: limits.maxTotalBytes as number,
        message: t('workspace.misfit.total-too-large', { total: size(limits.maxTotalBytes as number) }),
      });
    } else if (takesSlot && slotsLeft > 0) {
      slotsLeft -= 1;
      totalBytes += weight;
    } else if (takesSlot) {
      problems.push({
        code: 'too-many-files',
        maxFiles: limits.maxFiles,
        message: t('workspace.misfit.too-many-files', { maxFiles: limits.maxFiles }),
      });
    }
    const fixable =
      outputType !== undefined &&
      !problems.some((problem) => problem.code === 'too-many-files' || problem.code === 'total-too-large');
    const verdict: EvidenceFileVerdict = { index, name: file.name, type, accepted: problems.length === 0, problems };
    if (fixable) {
      verdict.fix = { action: 'compress-image', outputType, maxBytes: limits.maxBytesPerFile };
      verdict.reason = capitalise(
        t('workspace.misfit.fix', { problems: joinMessages(problems), type: shortName(outputType, words) }),
        words,
      );
    } else if (problems.length > 0) {
      verdict.reason = capitalise(joinMessages(problems), words);
    }
    return verdict;
  });
  return { files: verdicts, slotsLeft };
}

function contentProblems(
  file: EvidenceFileCandidate,
  type: string,
  limits: EvidenceLimits,
  words: Translator,
): EvidenceFileProblem[] {
  const { t } = words;
  const size = (bytes: number) => formatBytes(bytes, words);
  if (file.size === 0) return [{ code: 'empty', message: t('workspace.misfit.empty') }];
  const problems: EvidenceFileProblem[] = [];
  if (!typeIsAccepted(type, limits.acceptedTypes)) {
    problems.push({
      code: 'type-not-accepted',
      type,
      message: t('workspace.misfit.type-not-accepted', {
        type: type ? shortName(type, words) : t('workspace.type.unknown'),
        accepted: typeList(limits.acceptedTypes, words),
      }),
    });
  }
  if (file.size > limits.maxBytesPerFile) {
    const overBy = file.size - limits.maxBytesPerFile;
    problems.push({
      code: 'too-large',
      limit: limits.maxBytesPerFile,
      overBy,
      message: t('workspace.misfit.too-large', {
        size: size(file.size),
        limit: size(limits.maxBytesPerFile),
        over: size(overBy),
      }),
    });
  }
  return problems;
}

/** Re-encoding fixes size and type problems of a decodable still image, nothing else. */
function fixableOutputType(problems: EvidenceFileProblem[], type: string, limits: EvidenceLimits): string | undefined {
  if (!problems.every((problem) => problem.code === 'too-large' || problem.code === 'type-not-accepted')) {
    return undefined;
  }
  return reencodeTypeFor(type, limits.acceptedTypes);
}

/** "image/jpeg" → "JPEG", "video/*" → "any video" (in the buyer's language). */
export function shortName(type: string, words: Translator = translatorFor()): string {
  const [group, subtype] = type.split('/');
  if (subtype === '*')
    return group === 'video' ? words.t('workspace.type.anyVideo') : words.t('workspace.type.anyImage');
  if (!subtype) return type;
  return subtype.replace(/^x-/, '').toUpperCase();
}

/** "JPEG, PNG, MP4": type names joined with commas, which read the same in every language here. */
export function typeList(types: readonly string[], words: Translator = translatorFor()): string {
  return types.map((type) => shortName(type, words)).join(', ');
}

function joinMessages(problems: EvidenceFileProblem[]): string {
  return problems.map((problem) => problem.message).join('; ');
}

function capitalise(text: string, words: Translator): string {
  return text.charAt(0).toLocaleUpperCase(words.locale) + text.slice(1);
}
