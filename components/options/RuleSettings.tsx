import { useId } from 'react';
import type { Settings } from '../../lib/model/settings';
import { OVERRIDABLE_DAY_RULES, type OverridableRuleId } from '../../lib/rules/catalog';

interface Props {
  settings: Settings;
  onChange: (patch: Partial<Settings>) => void;
}

/**
 * Choices between documented rule values (a regional protection length, an older reply window) and
 * the buyer's payment route. Only values some source gives can be chosen.
 */
export function RuleSettings({ settings, onChange }: Props) {
  const id = useId();
  const setOverride = (ruleId: OverridableRuleId, value: string) => {
    const { [ruleId]: _removed, ...rest } = settings.ruleOverrides;
    onChange({ ruleOverrides: value ? { ...rest, [ruleId]: Number(value) } : rest });
  };
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Rules and payment</h2>
      <label htmlFor={`${id}-payment`}>I usually pay with</label>
      <select
        id={`${id}-payment`}
        value={settings.paymentMethod}
        onChange={(e) => onChange({ paymentMethod: e.target.value as Settings['paymentMethod'] })}
      >
        <option value="unknown">I don’t know / it varies</option>
        <option value="paypal">PayPal (dispute within 180 days, escalate to a claim within 20)</option>
        <option value="card">A card (chargeback, usually within 180 days)</option>
      </select>
      <label htmlFor={`${id}-complaints`}>The complaint form I see</label>
      <select
        id={`${id}-complaints`}
        value={settings.complaintList}
        onChange={(e) => onChange({ complaintList: e.target.value as Settings['complaintList'] })}
      >
        <option value="current">Current form</option>
        <option value="legacy">Older form with “Trading rules violations”</option>
      </select>
      <h3>Timings</h3>
      <p className="muted">
        Buyer Guard uses the newest published value. Where your region or your page says otherwise, pick the documented
        alternative. A countdown the order page shows always wins over these.
      </p>
      {(
        Object.entries(OVERRIDABLE_DAY_RULES) as [
          OverridableRuleId,
          (typeof OVERRIDABLE_DAY_RULES)[OverridableRuleId],
        ][]
      ).map(([ruleId, rule]) => (
        <div key={ruleId} className="rule-choice">
          <label htmlFor={`${id}-${ruleId}`}>{rule.summary}</label>
          <select
            id={`${id}-${ruleId}`}
            value={settings.ruleOverrides[ruleId]?.toString() ?? ''}
            onChange={(e) => setOverride(ruleId, e.target.value)}
          >
            <option value="">
              {rule.value} {rule.unit ?? ''} — {rule.source} (default)
            </option>
            {rule.alternatives
              .filter((alternative) => alternative.value !== rule.value)
              .map((alternative) => (
                <option key={`${alternative.value}-${alternative.source}`} value={alternative.value}>
                  {alternative.value} {rule.unit ?? ''} — {alternative.source}
                </option>
              ))}
          </select>
        </div>
      ))}
    </section>
  );
}
