import { z } from 'zod';
import { command, query } from '../api/endpoint';
import { noInput } from '../schemas/common';
import { languageSchema, type AppSettings } from './schema';
import { snapshotRetentionSchema } from '../workspaces/transfer/snapshot-retention';

export const settingsContract = {
  get: query<AppSettings>()(noInput, { reads: ['settings'], scope: 'app' }),
  setLanguage: command<AppSettings>()(z.object({ language: languageSchema }).strict(), { scope: 'app' }),
  /** How long automatic backups and deleted companies are kept (snapshot-retention.ts). */
  setSnapshotRetention: command<AppSettings>()(snapshotRetentionSchema, { scope: 'app' }),
};
