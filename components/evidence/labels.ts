import { IMAGE_QUALITY_ADVICE, type ImageQualityWarning } from '../../lib/evidence/judge-image-quality';
import type { EvidenceKind } from '../../lib/model/evidence';

export const KIND_LABELS: Readonly<Record<EvidenceKind, string>> = {
  photo: 'Photo',
  video: 'Video',
  screenshot: 'Screenshot',
  document: 'Document',
};

/** Advice for a stored or measured warning; video warnings are a subset of the photo ones. */
export function warningAdvice(warning: string): string {
  return IMAGE_QUALITY_ADVICE[warning as ImageQualityWarning] ?? warning.replaceAll('-', ' ');
}
