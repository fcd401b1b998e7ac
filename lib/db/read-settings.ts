import { defaultSettings, type Settings, settingsSchema } from '../model/settings';
import type { BuyerGuardDatabase } from './database';

/**
 * The settings a stored value holds, field by field: a field missing or damaged (a value an older or newer
 * version wrote, a corrupt record) reads as its default, and every other field keeps the buyer's choice.
 * A damaged reminder list must not also reset the buyer's language.
 */
export function settingsFrom(value: unknown): Settings {
  const whole = settingsSchema().safeParse(value ?? {});
  if (whole.success) return whole.data;
  const stored: Record<string, unknown> =
    typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  const settings: Record<string, unknown> = { ...defaultSettings() };
  for (const [field, schema] of Object.entries(settingsSchema().shape)) {
    const read = schema.safeParse(stored[field]);
    if (read.success) settings[field] = read.data;
  }
  return settings as Settings;
}

/** The buyer's settings; a missing or damaged record reads as the defaults, field by field (settingsFrom). */
export async function readSettings(db: BuyerGuardDatabase): Promise<Settings> {
  const row = await db.settings.get('settings');
  return settingsFrom(row?.value);
}
