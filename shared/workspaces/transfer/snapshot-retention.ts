import { z } from 'zod';

/**
 * How long automatic backups (whole-company snapshots) are kept: at most `keepCount` per company,
 * none older than `keepDays` — except that a company's newest one always stays. A deleted
 * company's snapshots are kept `keepDays` from its deletion, then removed for good.
 */
export const snapshotRetentionSchema = z
  .object({
    keepCount: z.number({ error: 'invalid_type' }).int({ error: 'not_integer' }).min(3, { error: 'too_small' }).max(200, { error: 'too_big' }).default(20),
    keepDays: z.number({ error: 'invalid_type' }).int({ error: 'not_integer' }).min(7, { error: 'too_small' }).max(3650, { error: 'too_big' }).default(90),
  })
  .strict();
export type SnapshotRetention = z.output<typeof snapshotRetentionSchema>;
export const defaultSnapshotRetention: SnapshotRetention = snapshotRetentionSchema.parse({});

const dayMs = 24 * 60 * 60 * 1000;

/** The ids to remove from one company's snapshots, given newest first. */
export function snapshotsToDrop(newestFirst: readonly { id: string; takenAt: string }[], retention: SnapshotRetention, now: Date): string[] {
  const oldestKept = now.getTime() - retention.keepDays * dayMs;
  return newestFirst.filter((entry, index) => index > 0 && (index >= retention.keepCount || Date.parse(entry.takenAt) < oldestKept)).map((e) => e.id);
}

/** The moment a deleted company's last snapshot goes for good. */
export function deletedCompanyExpiresAt(deletedAt: string, retention: SnapshotRetention): string {
  return new Date(Date.parse(deletedAt) + retention.keepDays * dayMs).toISOString();
}
