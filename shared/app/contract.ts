import { z } from 'zod';
import { command, query } from '../api/endpoint';
import { id, noInput } from '../schemas/common';
import type { StorageNotice } from '../notices/schema';
import type { StorageProblem } from '../api/result';

export interface AppInfo {
  version: string;
  host: 'electron' | 'browser';
  dataDir: string;
}

export const appContract = {
  info: query<AppInfo>()(noInput, { reads: [], scope: 'app' }),
  /** What start-up recovery did (damaged files set aside, operations finished), kept until dismissed. */
  notices: query<StorageNotice[]>()(noInput, { reads: ['notices'], scope: 'app' }),
  dismissNotice: command<void>()(z.object({ id }).strict(), { scope: 'app' }),
  /** Whether changes can be saved right now; null when they can. */
  storageStatus: query<{ problem: StorageProblem | null }>()(noInput, { reads: ['storage'], scope: 'app' }),
};
