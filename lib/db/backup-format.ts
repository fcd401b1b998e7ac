import { z } from 'zod';
import { lazy } from '../lazy';
import { evidenceMetaSchema } from '../model/evidence';
import { journalEntrySchema } from '../model/journal';
import { orderSchema } from '../model/order';
import { problemSchema } from '../model/problem';
import { settingsSchema } from '../model/settings';
import { instantSchema } from '../model/time';
import type { OrderRef } from './records';

/**
 * The backup file: everything the buyer entered or the pages showed. Deadlines and reminders
 * are not in it: they are derived, and recomputed on import. A ZIP backup adds the evidence
 * files under `evidence/`, named in `data.evidence[].file`. The schema is built when a backup is first read
 * (lib/lazy.ts), not on every start of the worker.
 */
export const BACKUP_FORMAT = 'buyer-guard-backup';
export const BACKUP_FORMAT_VERSION = 1;
export const BACKUP_JSON_NAME = 'buyer-guard-backup.json';

const refSchema = lazy(() =>
  z
    .string()
    .regex(/^aliexpress:\d{6,24}$/, 'not an order reference') // i18n-exempt: a validation detail for developers; the buyer reads the import's own error
    .transform((ref) => ref as OrderRef),
);

export const backupSchema = lazy(() =>
  z.object({
    format: z.literal(BACKUP_FORMAT),
    formatVersion: z.literal(BACKUP_FORMAT_VERSION),
    exportedAt: instantSchema(),
    appVersion: z.string().max(32),
    data: z.object({
      orders: z
        .array(
          z.object({
            order: orderSchema(),
            firstSeenAt: instantSchema(),
            lastSeenAt: instantSchema(),
            updatedAt: instantSchema(),
          }),
        )
        .max(200_000),
      history: z
        .array(
          z.object({
            ref: refSchema(),
            at: instantSchema(),
            field: z.string().max(100),
            from: z.string().max(10_000).optional(),
            to: z.string().max(10_000).optional(),
          }),
        )
        .max(2_000_000),
      cases: z.array(z.object({ ref: refSchema(), problem: problemSchema(), updatedAt: instantSchema() })).max(200_000),
      journal: z.array(journalEntrySchema().extend({ ref: refSchema() })).max(1_000_000),
      evidence: z
        .array(
          evidenceMetaSchema().extend({ id: z.string().min(1).max(100), ref: refSchema(), file: z.string().max(300) }),
        )
        .max(100_000),
      settings: settingsSchema().optional(),
    }),
  }),
);
export type Backup = z.infer<ReturnType<typeof backupSchema>>;
