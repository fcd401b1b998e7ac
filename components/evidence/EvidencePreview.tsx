import { shortName } from '../../lib/evidence/check-evidence-files';
import type { EvidenceKind } from '../../lib/model/evidence';
import { useI18n } from '../i18n/I18nProvider';
import { useObjectUrl } from './useObjectUrl';

interface Props {
  blob: Blob | null | undefined;
  type: string;
  name: string;
  kind: EvidenceKind;
  /** False for a file that was refused: its type is shown, it is not opened. */
  open?: boolean;
}

/** A small look at the file: the picture, a playable video, a link to open a PDF, or its type. */
export function EvidencePreview({ blob, type, name, kind, open = true }: Props) {
  const words = useI18n();
  const { t } = words;
  const url = useObjectUrl(open ? blob : undefined);
  const typeLabel = shortName(type || 'file/file', words);
  if (!open) return <div className="preview preview-file">{typeLabel}</div>;
  if (blob === null) return <div className="preview preview-missing">{t('workspace.preview.missing')}</div>;
  if (!url) return <div className="preview" aria-hidden="true" />;
  if (type.startsWith('image/')) {
    const alt = t(kind === 'screenshot' ? 'workspace.preview.screenshot' : 'workspace.preview.picture', { name });
    return <img className="preview" src={url} alt={alt} />;
  }
  if (type.startsWith('video/')) {
    return (
      // biome-ignore lint/a11y/useMediaCaption: the buyer's own evidence video; it has no captions to offer.
      <video
        className="preview"
        src={url}
        controls
        preload="metadata"
        aria-label={t('workspace.preview.video', { name })}
      />
    );
  }
  return (
    <div className="preview preview-file">
      <span>{typeLabel}</span>
      {type === 'application/pdf' && (
        <a href={url} target="_blank" rel="noopener">
          {t('workspace.preview.open')} <span className="visually-hidden">{name}</span>
        </a>
      )}
    </div>
  );
}
