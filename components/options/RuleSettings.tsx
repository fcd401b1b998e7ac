import { useId } from 'react';
import type { Settings } from '../../lib/model/settings';
import { OVERRIDABLE_DAY_RULES, type OverridableRuleId } from '../../lib/rules/catalog';
import { useI18n } from '../i18n/I18nProvider';
import { RULE_NOTES, sourceWords } from './rule-choices';

interface Props {
  settings: Settings;
  onChange: (patch: Partial<Settings>) => void;
}

const RULES = Object.entries(OVERRIDABLE_DAY_RULES) as [
  OverridableRuleId,
  (typeof OVERRIDABLE_DAY_RULES)[OverridableRuleId],
][];

/**
 * The buyer's payment route and complaint form, and choices between documented rule values (a regional
 * protection length, an older reply window), each asked in a plain sentence; where each value comes from
 * is behind "Details". Only values some source gives can be chosen.
 */
export function RuleSettings({ settings, onChange }: Props) {
  const id = useId();
  const { t } = useI18n();
  const setOverride = (ruleId: OverridableRuleId, value: string) => {
    const { [ruleId]: _removed, ...rest } = settings.ruleOverrides;
    onChange({ ruleOverrides: value ? { ...rest, [ruleId]: Number(value) } : rest });
  };
  const days = (count: number) => t('settings.rule.days', { count });
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('settings.rules.title')}</h2>
      <div className="field">
        <label htmlFor={`${id}-payment`}>{t('settings.payment.label')}</label>
        <select
          id={`${id}-payment`}
          value={settings.paymentMethod}
          onChange={(e) => onChange({ paymentMethod: e.target.value as Settings['paymentMethod'] })}
        >
          <option value="unknown">{t('settings.payment.unknown')}</option>
          <option value="paypal">{t('settings.payment.paypal')}</option>
          <option value="card">{t('settings.payment.card')}</option>
        </select>
        <p className="muted small">{t('settings.payment.help')}</p>
      </div>
      <div className="field">
        <label htmlFor={`${id}-complaints`}>{t('settings.complaints.label')}</label>
        <select
          id={`${id}-complaints`}
          value={settings.complaintList}
          onChange={(e) => onChange({ complaintList: e.target.value as Settings['complaintList'] })}
        >
          <option value="current">{t('settings.complaints.current')}</option>
          <option value="legacy">{t('settings.complaints.legacy')}</option>
        </select>
      </div>
      <h3>{t('settings.timings.title')}</h3>
      <p className="muted">{t('settings.timings.intro')}</p>
      {RULES.map(([ruleId, rule]) => {
        const alternatives = rule.alternatives.filter((alternative) => alternative.value !== rule.value);
        const note = RULE_NOTES[ruleId];
        return (
          <div key={ruleId} className="field rule-choice" data-rule={ruleId}>
            <label htmlFor={`${id}-${ruleId}`}>{t(`settings.rule.${ruleId}`)}</label>
            <select
              id={`${id}-${ruleId}`}
              value={settings.ruleOverrides[ruleId]?.toString() ?? ''}
              onChange={(e) => setOverride(ruleId, e.target.value)}
            >
              <option value="">{t('settings.rule.recommended', { value: days(rule.value) })}</option>
              {alternatives.map((alternative) => (
                <option key={`${alternative.value}-${alternative.era}`} value={alternative.value}>
                  {days(alternative.value)}
                </option>
              ))}
            </select>
            <details>
              <summary>{t('settings.rule.details')}</summary>
              <ul>
                {[{ value: rule.value, era: rule.era }, ...alternatives].map((choice) => (
                  <li key={`${choice.value}-${choice.era}`}>
                    {t('settings.rule.detailLine', {
                      value: days(choice.value),
                      source: t(sourceWords(ruleId, choice.value, choice.era)),
                    })}
                  </li>
                ))}
              </ul>
              {note && <p className="muted">{t(note)}</p>}
            </details>
          </div>
        );
      })}
    </section>
  );
}
