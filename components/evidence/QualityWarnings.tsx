import { warningAdvice } from './labels';

/** Quality warnings with what to do about each; advice, never a block. */
export function QualityWarnings({ warnings }: { warnings: readonly string[] }) {
  if (warnings.length === 0) return null;
  return (
    <ul className="quality-warnings" aria-label="Quality warnings">
      {warnings.map((warning) => (
        <li key={warning} className="warn" data-warning={warning}>
          {warningAdvice(warning)}
        </li>
      ))}
    </ul>
  );
}
