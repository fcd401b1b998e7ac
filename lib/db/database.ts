import Dexie, { type Table } from 'dexie';
import type {
  CaseRow,
  EvidenceRow,
  HistoryRow,
  JournalRow,
  OrderRef,
  OrderRow,
  SettingsRow,
  UploadChunkRow,
} from './records';
import { DATABASE_NAME, SCHEMA_VERSIONS } from './schema';
import { UPGRADES } from './upgrades';

export class BuyerGuardDatabase extends Dexie {
  orders!: Table<OrderRow, OrderRef>;
  history!: Table<HistoryRow, number>;
  cases!: Table<CaseRow, OrderRef>;
  evidence!: Table<EvidenceRow, string>;
  journal!: Table<JournalRow, string>;
  settings!: Table<SettingsRow, SettingsRow['key']>;
  uploads!: Table<UploadChunkRow, [string, number]>;

  /** `upTo` opens an older version: only the migration tests use it. */
  constructor(name = DATABASE_NAME, upTo = Number.POSITIVE_INFINITY) {
    super(name);
    for (const { version, stores } of SCHEMA_VERSIONS) {
      if (version > upTo) break;
      const declared = this.version(version).stores(stores);
      const upgrade = UPGRADES[version];
      if (upgrade) declared.upgrade(upgrade);
    }
  }
}
