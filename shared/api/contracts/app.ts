import { z } from 'zod';
import { endpoint } from '../endpoint';
import { id, noInput } from '../../schemas/common';
import type { StorageNotice } from '../../schemas/notices';

export interface AppInfo {
  version: string;
  host: 'electron' | 'browser';
  dataDir: string;
}

export const appContract = {
  info: endpoint<AppInfo>()(noInput),
  /** Damaged files that were set aside during this launch, until the user dismisses them. */
  notices: endpoint<StorageNotice[]>()(noInput),
  dismissNotice: endpoint<void>()(z.object({ id }).strict()),
};
