import { defaultSettings, type Settings, settingsSchema } from '../model/settings';
import type { BuyerGuardDatabase } from './database';

/** The buyer's settings; a missing or damaged record reads as the defaults (field by field). */
export async function readSettings(db: BuyerGuardDatabase): Promise<Settings> {
  const row = await db.settings.get('settings');
  const parsed = settingsSchema().safeParse(row?.value ?? {});
  return parsed.success ? parsed.data : defaultSettings();
}
