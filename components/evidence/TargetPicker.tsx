import { useId } from 'react';
import { formatBytes } from '../../lib/evidence/format-bytes';
import { describeLimits, EVIDENCE_TARGETS } from '../../lib/pages/evidence-targets';
import { type EvidenceTarget, evidenceLimits } from '../../lib/rules/evidence-limits';

interface Props {
  target: EvidenceTarget;
  onChange: (target: EvidenceTarget) => void;
  stored: readonly { size: number }[];
}

/** The form the evidence is for: its upload limits (with where they come from) steer every check below. */
export function TargetPicker({ target, onChange, stored }: Props) {
  const id = useId();
  const limits = evidenceLimits(target);
  const bytes = stored.reduce((sum, file) => sum + file.size, 0);
  const over = stored.length > limits.maxFiles;
  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Where will you upload it?</h2>
      <fieldset className="targets">
        <legend className="visually-hidden">Form the evidence is for</legend>
        {EVIDENCE_TARGETS.map((entry) => (
          <div key={entry.target} className="check">
            <input
              type="radio"
              id={`${id}-${entry.target}`}
              name={`${id}-target`}
              value={entry.target}
              checked={entry.target === target}
              onChange={() => onChange(entry.target)}
            />
            <label htmlFor={`${id}-${entry.target}`}>{entry.label}</label>
          </div>
        ))}
      </fieldset>
      <p data-testid="limits">{describeLimits(limits)}</p>
      <p className="muted small">Source: {limits.source}</p>
      <p className={over ? 'warn' : 'muted'} data-testid="stored-count">
        Saved: {stored.length} of {limits.maxFiles} files, {formatBytes(bytes)}
        {over && ' — more than this form takes: upload the best ones'}
      </p>
    </section>
  );
}
