import { BuyerGuardDatabase } from '../db/database';

let database: BuyerGuardDatabase | undefined;

/**
 * The extension pages' handle on the database: for reading only (lib/db/queries.ts); every
 * write goes through a background message so the background stays the single writer.
 */
export function pageDatabase(): BuyerGuardDatabase {
  database ??= new BuyerGuardDatabase();
  return database;
}
