import { type Zippable, zipSync } from 'fflate';
import { isoInstant } from '../model/time';
import type { EvidencePackInput, PackedFile } from './evidence-pack-input';
import { packFileNames } from './pack-file-names';
import { renderEvidenceSummary } from './render-evidence-summary';
import { sha256Hex } from './sha256-hex';

export const EVIDENCE_PACK_FORMAT = 'buyer-guard/evidence-pack@1';

/** Types that are already compressed: stored as they are, since deflate would only cost time. */
const STORED_TYPES = /^(image\/(jpeg|png|webp|gif|avif|heic|heif)|video\/|audio\/|application\/(zip|pdf|gzip))/;

/**
 * One order's evidence pack as ZIP bytes: `summary.html` (readable, printable), `manifest.json`
 * (machine-readable: order, time, every file's path, size and SHA-256) and the files under
 * `files/`, numbered in the given order with safe names. Each file's bytes are hashed while
 * packing; a mismatch with the hash recorded at capture is shown, not hidden. Runs in pages,
 * the service worker and Node (fflate's synchronous zip; media are stored, not deflated).
 */
export async function buildEvidencePack(input: EvidencePackInput): Promise<Uint8Array> {
  const names = packFileNames(input.files.map((file) => ({ name: file.meta.name, type: file.meta.type })));
  const mtime = new Date(input.generatedAt);
  const entries: Zippable = {};
  const packed: PackedFile[] = [];
  for (const [index, file] of input.files.entries()) {
    const bytes = new Uint8Array(await file.blob.arrayBuffer());
    const sha256 = await sha256Hex(bytes);
    const path = `files/${names[index]}`;
    packed.push({ path, meta: file.meta, size: bytes.length, sha256, matchesCapture: sha256 === file.meta.sha256 });
    entries[path] = [bytes, { level: STORED_TYPES.test(file.meta.type) ? 0 : 6, mtime }];
  }
  const encoder = new TextEncoder();
  entries['summary.html'] = [encoder.encode(renderEvidenceSummary(input, packed)), { level: 6, mtime }];
  entries['manifest.json'] = [
    encoder.encode(`${JSON.stringify(manifest(input, packed), null, 2)}\n`),
    { level: 6, mtime },
  ];
  return zipSync(entries);
}

function manifest(input: EvidencePackInput, files: readonly PackedFile[]) {
  return {
    format: EVIDENCE_PACK_FORMAT,
    marketplace: input.order.marketplace,
    orderId: input.order.orderId,
    generatedAt: isoInstant(input.generatedAt),
    summary: 'summary.html',
    files: files.map((file) => ({
      path: file.path,
      originalName: file.meta.name,
      kind: file.meta.kind,
      type: file.meta.type,
      size: file.size,
      sha256: file.sha256,
      ...(file.matchesCapture ? {} : { sha256AtCapture: file.meta.sha256 }),
      addedAt: isoInstant(file.meta.addedAt),
      caption: file.meta.caption,
      checklistItemIds: file.meta.checklistItemIds,
      warnings: file.meta.warnings,
    })),
  };
}
