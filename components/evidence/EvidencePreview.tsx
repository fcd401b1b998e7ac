import type { EvidenceKind } from '../../lib/model/evidence';
import { typeName } from '../../lib/pages/evidence-targets';
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
  const url = useObjectUrl(open ? blob : undefined);
  if (!open) return <div className="preview preview-file">{typeName(type || 'file/file')}</div>;
  if (blob === null) return <div className="preview preview-missing">File missing</div>;
  if (!url) return <div className="preview" aria-hidden="true" />;
  if (type.startsWith('image/')) {
    return <img className="preview" src={url} alt={`${kind === 'screenshot' ? 'Screenshot' : 'Picture'}: ${name}`} />;
  }
  if (type.startsWith('video/')) {
    // biome-ignore lint/a11y/useMediaCaption: the buyer's own evidence video; it has no captions to offer.
    return <video className="preview" src={url} controls preload="metadata" aria-label={`Video: ${name}`} />;
  }
  return (
    <div className="preview preview-file">
      <span>{typeName(type || 'file/file')}</span>
      {type === 'application/pdf' && (
        <a href={url} target="_blank" rel="noopener">
          Open <span className="visually-hidden">{name}</span>
        </a>
      )}
    </div>
  );
}
