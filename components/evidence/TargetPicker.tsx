import { useId } from 'react';
import { formatBytes } from '../../lib/evidence/format-bytes';
import { describeLimits, EVIDENCE_TARGETS, targetLabel } from '../../lib/pages/evidence-targets';
import { type EvidenceTarget, evidenceLimits } from '../../lib/rules/evidence-limits';
import { useI18n } from '../i18n/I18nProvider';

interface Props {
  target: EvidenceTarget;
  onChange: (target: EvidenceTarget) => void;
  stored: readonly { size: number }[];
}

/**
 * The form the evidence is for: its upload limits steer every check below. Where a limit comes from
 * (published or a safe default) sits behind a disclosure, in plain words.
 */
export function TargetPicker({ target, onChange, stored }: Props) {
  const id = useId();
  const words = useI18n();
  const { t } = words;
  const limits = evidenceLimits(target);
  const bytes = stored.reduce((sum, file) => sum + file.size, 0);
  const over = stored.length > limits.maxFiles;
  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('workspace.target.heading')}</h2>
      <fieldset className="targets">
        <legend className="visually-hidden">{t('workspace.target.legend')}</legend>
        {EVIDENCE_TARGETS.map((entry) => (
          <div key={entry} className="check">
            <input
              type="radio"
              id={`${id}-${entry}`}
              name={`${id}-target`}
              value={entry}
              checked={entry === target}
              onChange={() => onChange(entry)}
            />
            <label htmlFor={`${id}-${entry}`}>{targetLabel(entry, words)}</label>
          </div>
        ))}
      </fieldset>
      <p data-testid="limits">{describeLimits(limits, words)}</p>
      <details className="limits-source">
        <summary>{t('workspace.limits.details')}</summary>
        <p className="muted small">{t(`workspace.limits.where.${target}`)}</p>
      </details>
      <p className={over ? 'warn' : 'muted'} data-testid="stored-count">
        {t('workspace.target.saved', {
          count: stored.length,
          maxFiles: limits.maxFiles,
          size: formatBytes(bytes, words),
        })}
        {over && ` ${t('workspace.target.over')}`}
      </p>
    </section>
  );
}
