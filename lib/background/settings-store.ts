import type { BuyerGuardDatabase } from '../db/database';
import { DEFAULT_SETTINGS, type Settings, settingsSchema } from '../model/settings';

/** The buyer's settings; a missing or damaged record reads as the defaults (field by field). */
export async function readSettings(db: BuyerGuardDatabase): Promise<Settings> {
  const row = await db.settings.get('settings');
  const parsed = settingsSchema.safeParse(row?.value ?? {});
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

export async function writeSettings(db: BuyerGuardDatabase, patch: Partial<Settings>): Promise<Settings> {
  return db.transaction('rw', db.settings, async () => {
    const next = settingsSchema.parse({ ...(await readSettings(db)), ...patch });
    await db.settings.put({ key: 'settings', value: next });
    return next;
  });
}
