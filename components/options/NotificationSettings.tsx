import { useId } from 'react';
import { deadlineKindSchema } from '../../lib/model/deadline';
import type { Settings } from '../../lib/model/settings';
import { DEADLINE_NAMES } from '../../lib/rules/deadline-names';

interface Props {
  settings: Settings;
  onChange: (patch: Partial<Settings>) => void;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const LEAD_CHOICES = [
  { ms: 7 * DAY, label: '7 days before' },
  { ms: 3 * DAY, label: '3 days before' },
  { ms: DAY, label: '1 day before' },
  { ms: 6 * HOUR, label: '6 hours before' },
];

/** When and about what Buyer Guard reminds the buyer. */
export function NotificationSettings({ settings, onChange }: Props) {
  const id = useId();
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

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Reminders</h2>
      <label className="check">
        <input
          type="checkbox"
          checked={settings.notificationsEnabled}
          onChange={(e) => onChange({ notificationsEnabled: e.target.checked })}
        />
        Notify me before deadlines
      </label>
      <fieldset disabled={!settings.notificationsEnabled}>
        <legend>Remind me</legend>
        {LEAD_CHOICES.map((choice) => (
          <label key={choice.ms} className="check">
            <input
              type="checkbox"
              checked={settings.leadTimesMs.includes(choice.ms)}
              onChange={(e) => toggleLead(choice.ms, e.target.checked)}
            />
            {choice.label}
          </label>
        ))}
      </fieldset>
      <fieldset disabled={!settings.notificationsEnabled}>
        <legend>Quiet hours (reminders wait until they end, never past a deadline)</legend>
        <label className="check">
          <input
            type="checkbox"
            checked={settings.quietHours.enabled}
            onChange={(e) => onChange({ quietHours: { ...settings.quietHours, enabled: e.target.checked } })}
          />
          Keep quiet at night
        </label>
        <label htmlFor={`${id}-start`}>From</label>
        <input
          id={`${id}-start`}
          type="time"
          value={settings.quietHours.start}
          onChange={(e) =>
            e.target.value && onChange({ quietHours: { ...settings.quietHours, start: e.target.value } })
          }
        />
        <label htmlFor={`${id}-end`}>Until</label>
        <input
          id={`${id}-end`}
          type="time"
          value={settings.quietHours.end}
          onChange={(e) => e.target.value && onChange({ quietHours: { ...settings.quietHours, end: e.target.value } })}
        />
      </fieldset>
      <fieldset disabled={!settings.notificationsEnabled}>
        <legend>Deadlines to remind me of</legend>
        {/* auto-confirm is the same moment as the protection end: one deadline, one checkbox. */}
        {deadlineKindSchema.options
          .filter((kind) => kind !== 'auto-confirm')
          .map((kind) => (
            <label key={kind} className="check">
              <input
                type="checkbox"
                checked={settings.trackedDeadlines.includes(kind)}
                onChange={(e) => toggleKind(kind, e.target.checked)}
              />
              {DEADLINE_NAMES[kind]}
            </label>
          ))}
      </fieldset>
    </section>
  );
}
