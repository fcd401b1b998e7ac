import { IMAGE_QUALITY_WARNINGS, type ImageQualityWarning } from '../../lib/evidence/judge-image-quality';
import type { Translator } from '../../lib/i18n/translator';

/** Advice for a stored or measured warning, in the buyer's language; video warnings are a subset of the photo ones. */
export function warningAdvice(warning: string, { t }: Pick<Translator, 't'>): string {
  return IMAGE_QUALITY_WARNINGS.includes(warning as ImageQualityWarning)
    ? t(`workspace.quality.${warning as ImageQualityWarning}`)
    : t('workspace.quality.other');
}
