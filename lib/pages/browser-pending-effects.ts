import { analyseImageBlob } from '../evidence/analyse-image-blob';
import { analyseVideoBlob } from '../evidence/analyse-video-blob';
import { fitImageToLimit } from '../evidence/fit-image-to-limit';
import { type Translator, translatorFor } from '../i18n/translator';
import type { PendingEffects } from './pending-evidence-store';
import { saveEvidence } from './save-evidence';

/**
 * The pending files' effects in an extension page: canvas re-encoding and measuring, uploads to the
 * background. What they report is worded in the buyer's language (`words`).
 */
export function browserPendingEffects(words: Translator = translatorFor()): PendingEffects {
  return {
    fitImage: (blob, maxBytes, options) => fitImageToLimit(blob, maxBytes, { ...options, words }),
    async analyse(blob, kind) {
      const result = kind === 'photo' ? await analyseImageBlob(blob) : await analyseVideoBlob(blob);
      return result.ok
        ? { ok: true, warnings: result.warnings }
        : { ok: false, message: words.t(`workspace.media.${result.reason}`) };
    },
    async save(request, onProgress) {
      await saveEvidence(request, onProgress);
    },
    newKey: () => crypto.randomUUID(),
  };
}
