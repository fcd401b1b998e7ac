import { useI18n } from '../i18n/I18nProvider';
import { warningAdvice } from './labels';

/** Quality warnings with what to do about each; advice, never a block. */
export function QualityWarnings({ warnings }: { warnings: readonly string[] }) {
  const words = useI18n();
  if (warnings.length === 0) return null;
  return (
    <ul className="quality-warnings" aria-label={words.t('workspace.quality.label')}>
      {warnings.map((warning) => (
        <li key={warning} className="warn" data-warning={warning}>
          {warningAdvice(warning, words)}
        </li>
      ))}
    </ul>
  );
}
