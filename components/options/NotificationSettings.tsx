import { useId } from 'react';
import { deadlineKindSchema } from '../../lib/model/deadline';
import type { Settings } from '../../lib/model/settings';
import { deadlineName } from '../../lib/rules/deadline-names';
import { useI18n } from '../i18n/I18nProvider';

interface Props {
  settings: Settings;
  onChange: (patch: Partial<Settings>) => void;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** The lead times a buyer can pick, longest first. */
const LEAD_CHOICES = [7 * DAY, 3 * DAY, DAY, 6 * HOUR];

/** When and about what Buyer Guard reminds the buyer. */
export function NotificationSettings({ settings, onChange }: Props) {
  const id = useId();
  const { t, locale } = useI18n();
  const toggleLead = (ms: number, on: boolean) =>
    onChange({
      leadTimesMs: on
        ? [...settings.leadTimesMs, ms].sort((a, b) => b - a)
        : settings.leadTimesMs.filter((l) => l !== ms),
    });
  const toggleKind = (kind: Settings['trackedDeadlines'][number], on: boolean) =>
    onChange({
      trackedDeadlines: on ? [...settings.trackedDeadlines, kind] : settings.trackedDeadlines.filter((k) => k !== kind),
    });
  const leadLabel = (ms: number) =>
    ms % DAY === 0
      ? t('settings.reminders.daysBefore', { count: ms / DAY })
      : t('settings.reminders.hoursBefore', { count: ms / HOUR });

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('settings.reminders.title')}</h2>
      <label className="check">
        <input
          type="checkbox"
          checked={settings.notificationsEnabled}
          onChange={(e) => onChange({ notificationsEnabled: e.target.checked })}
        />
        {t('settings.reminders.enabled')}
      </label>
      <fieldset disabled={!settings.notificationsEnabled}>
        <legend>{t('settings.reminders.when')}</legend>
        {LEAD_CHOICES.map((ms) => (
          <label key={ms} className="check">
            <input
              type="checkbox"
              checked={settings.leadTimesMs.includes(ms)}
              onChange={(e) => toggleLead(ms, e.target.checked)}
            />
            {leadLabel(ms)}
          </label>
        ))}
      </fieldset>
      <fieldset disabled={!settings.notificationsEnabled}>
        <legend>{t('settings.quiet.title')}</legend>
        <p className="muted small">{t('settings.quiet.explain')}</p>
        <label className="check">
          <input
            type="checkbox"
            checked={settings.quietHours.enabled}
            onChange={(e) => onChange({ quietHours: { ...settings.quietHours, enabled: e.target.checked } })}
          />
          {t('settings.quiet.enabled')}
        </label>
        <div className="row">
          <div className="field">
            <label htmlFor={`${id}-start`}>{t('settings.quiet.from')}</label>
            <input
              id={`${id}-start`}
              type="time"
              value={settings.quietHours.start}
              onChange={(e) =>
                e.target.value && onChange({ quietHours: { ...settings.quietHours, start: e.target.value } })
              }
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-end`}>{t('settings.quiet.until')}</label>
            <input
              id={`${id}-end`}
              type="time"
              value={settings.quietHours.end}
              onChange={(e) =>
                e.target.value && onChange({ quietHours: { ...settings.quietHours, end: e.target.value } })
              }
            />
          </div>
        </div>
      </fieldset>
      <fieldset disabled={!settings.notificationsEnabled}>
        <legend>{t('settings.reminders.kinds')}</legend>
        {/* auto-confirm is the same moment as the protection end: one deadline, one checkbox. */}
        {deadlineKindSchema()
          .options.filter((kind) => kind !== 'auto-confirm')
          .map((kind) => (
            <label key={kind} className="check">
              <input
                type="checkbox"
                checked={settings.trackedDeadlines.includes(kind)}
                onChange={(e) => toggleKind(kind, e.target.checked)}
              />
              {deadlineName(kind, undefined, locale)}
            </label>
          ))}
      </fieldset>
    </section>
  );
}
