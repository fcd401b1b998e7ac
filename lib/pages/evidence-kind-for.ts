import type { EvidenceKind } from '../model/evidence';

/** What an imported file is, from its type: pictures are photos until the buyer says "screenshot". */
export function evidenceKindFor(type: string): EvidenceKind {
  if (type.startsWith('image/')) return 'photo';
  if (type.startsWith('video/')) return 'video';
  return 'document';
}

/** Kinds whose quality is judged (brightness, focus): camera pictures, not screenshots or documents. */
export function isJudgedKind(kind: EvidenceKind): kind is 'photo' | 'video' {
  return kind === 'photo' || kind === 'video';
}
