import { z } from 'zod';
import { id, isoDateTime } from '../schemas/common';
import { defaultSnapshotRetention, snapshotRetentionSchema } from '../workspaces/transfer/snapshot-retention';

export const languages = ['ja', 'en'] as const;
export const languageSchema = z.enum(languages);
export type Language = z.infer<typeof languageSchema>;

/** App-wide settings: one small file beside the workspaces. */
export const appSettingsSchema = z
  .object({
    language: languageSchema.default('ja'),
    currentWorkspaceId: id.nullable().default(null),
    snapshotRetention: snapshotRetentionSchema.default(defaultSnapshotRetention),
  })
  .strict();
export type AppSettings = z.output<typeof appSettingsSchema>;

export const workspaceMetaSchema = z
  .object({
    id,
    name: z.string().max(200),
    createdAt: isoDateTime,
    isDemo: z.boolean().default(false),
  })
  .strict();
export type WorkspaceMeta = z.output<typeof workspaceMetaSchema>;
