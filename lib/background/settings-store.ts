import type { BuyerGuardDatabase } from '../db/database';
import { readSettings } from '../db/read-settings';
import { type Settings, settingsSchema } from '../model/settings';

/** Applies a partial change to the settings (validated whole) in one transaction. */
export async function writeSettings(db: BuyerGuardDatabase, patch: Partial<Settings>): Promise<Settings> {
  return db.transaction('rw', db.settings, async () => {
    const next = settingsSchema().parse({ ...(await readSettings(db)), ...patch });
    await db.settings.put({ key: 'settings', value: next });
    return next;
  });
}
