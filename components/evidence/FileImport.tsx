import { type DragEvent, useId, useRef, useState } from 'react';
import type { EvidenceLimits } from '../../lib/model/evidence';
import { describeLimits, pickerAccept } from '../../lib/pages/evidence-targets';
import { useI18n } from '../i18n/I18nProvider';

interface Props {
  limits: EvidenceLimits;
  onFiles: (files: File[]) => void;
  primary: boolean;
}

/** Photos and videos by drag-and-drop, or by the file picker (the keyboard's way in). */
export function FileImport({ limits, onFiles, primary }: Props) {
  const id = useId();
  const words = useI18n();
  const { t } = words;
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);

  function take(list: FileList | null | undefined) {
    const files = [...(list ?? [])];
    if (files.length > 0) onFiles(files);
  }

  function onDragOver(event: DragEvent) {
    if (!event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  }

  function onDrop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    take(event.dataTransfer.files);
  }

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: a drop target for the mouse; the button inside is the keyboard path.
    <div
      className={`dropzone${dragging ? ' dragging' : ''}`}
      data-testid="dropzone"
      onDragOver={onDragOver}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <h3 id={`${id}-title`}>{t('workspace.files.heading')}</h3>
      <p>{t('workspace.files.drop')}</p>
      <button type="button" className={primary ? 'primary' : undefined} onClick={() => input.current?.click()}>
        {t('workspace.files.choose')}
      </button>
      <input
        ref={input}
        id={`${id}-input`}
        type="file"
        multiple
        hidden
        accept={pickerAccept(limits)}
        aria-labelledby={`${id}-title`}
        onChange={(event) => {
          take(event.target.files);
          event.target.value = '';
        }}
      />
      <p className="muted small">
        {describeLimits(limits, words)} {t('workspace.files.compressHint')}
      </p>
    </div>
  );
}
