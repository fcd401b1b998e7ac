import { sendMessage } from '../messaging/send';
import type { SaveRequest } from './pending-evidence-store';
import { uploadBlob } from './upload-blob';

/** Stores one evidence file through the background: the bytes in chunks, then its description. */
export async function saveEvidence(
  request: SaveRequest,
  onProgress?: (sent: number, total: number) => void,
): Promise<{ id: string; sha256: string; size: number }> {
  const uploadId = await uploadBlob(request.blob, onProgress);
  return sendMessage('addEvidence', {
    uploadId,
    orderId: request.orderId,
    kind: request.kind,
    name: request.name.slice(0, 255),
    type: request.type,
    caption: request.caption,
    checklistItemIds: request.checklistItemIds,
    warnings: request.warnings,
  });
}
