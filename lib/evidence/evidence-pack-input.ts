import type { Deadline } from '../model/deadline';
import type { EvidenceMeta } from '../model/evidence';
import type { Order } from '../model/order';
import type { Instant } from '../model/time';

/** One line of the buyer's journal for the order ("contacted seller", "dispute opened", …). */
export interface EvidenceJournalEntry {
  at: Instant;
  /** The journal's own kind id ("contacted-seller"); shown with dashes as spaces. */
  kind: string;
  text: string;
}

/** A text the composer produced (message to the seller, dispute description, …), as the buyer kept it. */
export interface ComposedText {
  title: string;
  body: string;
}

export interface EvidencePackFile {
  meta: EvidenceMeta;
  blob: Blob;
}

/** Everything one order's evidence pack holds. The workspace adapts storage to this shape. */
export interface EvidencePackInput {
  order: Order;
  deadlines: readonly Deadline[];
  journal: readonly EvidenceJournalEntry[];
  texts: readonly ComposedText[];
  files: readonly EvidencePackFile[];
  generatedAt: Instant;
  /** IANA zone for the times in the summary; default: the browser's. */
  timeZone?: string;
  /** The buyer's language (BCP 47): the summary's English headings carry its version beside them. */
  locale?: string;
}

/** A file as it went into the pack. */
export interface PackedFile {
  /** Path inside the ZIP ("files/01-front.jpg"). */
  path: string;
  meta: EvidenceMeta;
  /** Size and SHA-256 of the bytes in the pack, computed while packing. */
  size: number;
  sha256: string;
  /** False when the bytes no longer match the hash recorded at capture. */
  matchesCapture: boolean;
}
