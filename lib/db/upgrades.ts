import type { Transaction } from 'dexie';

/**
 * Data migrations, by the version they upgrade to. Version 1 is the initial schema and
 * needs none; a later version that reshapes data adds its function here.
 */
export const UPGRADES: Record<number, (tx: Transaction) => Promise<void>> = {};
