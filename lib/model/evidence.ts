import { z } from 'zod';
import { lazy } from '../lazy';
import { instantSchema } from './time';

/**
 * Limits a marketplace form puts on uploaded evidence. The rules engine (lib/rules/) owns the
 * values per target (dispute, complaint, …); the evidence workspace checks files against them.
 */
export const evidenceLimitsSchema = lazy(() =>
  z.object({
    maxFiles: z.number().int().positive(),
    maxBytesPerFile: z.number().int().positive(),
    /** Total size of one submission, where the form states one (PayPal: 50 MB). */
    maxTotalBytes: z.number().int().positive().optional(),
    /** MIME types the form accepts ("image/jpeg", "video/mp4", …). */
    acceptedTypes: z.array(z.string()).min(1),
    /** Where the numbers come from, shown to the buyer. */
    source: z.string(),
  }),
);
export type EvidenceLimits = z.infer<ReturnType<typeof evidenceLimitsSchema>>;

/** Evidence larger than this is refused: no marketplace form takes it, and it would crowd the disk. */
export const MAX_EVIDENCE_BYTES = 200 * 1024 * 1024;

export const evidenceKindSchema = lazy(() => z.enum(['screenshot', 'photo', 'video', 'document']));
export type EvidenceKind = z.infer<ReturnType<typeof evidenceKindSchema>>;

/** Everything about an evidence file except its bytes (the Blob is stored beside it). */
export const evidenceMetaSchema = lazy(() =>
  z.object({
    id: z.string().min(1),
    orderId: z.string(),
    kind: evidenceKindSchema(),
    name: z.string().min(1).max(255),
    type: z.string(),
    size: z.number().int().nonnegative(),
    /** Hex SHA-256 of the bytes: proves the file was not changed after capture. */
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    caption: z.string().max(2000).default(''),
    /** Checklist items (lib/rules evidence requirements) this file satisfies. */
    checklistItemIds: z.array(z.string()).default([]),
    addedAt: instantSchema(),
    /** Quality warnings measured when the file was added (too dark, blurred, …). */
    warnings: z.array(z.string()).default([]),
  }),
);
export type EvidenceMeta = z.infer<ReturnType<typeof evidenceMetaSchema>>;
