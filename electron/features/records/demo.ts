import { demoRecords } from '../../../shared/records/demo';
import type { Workspace } from '../../services/workspaces';
import { addRecord } from './repository';

/** Seeds the demo company's records through the same path as the app. */
export function seedRecords(ws: Workspace, today: Date): void {
  for (const record of demoRecords(today)) addRecord(ws, record, today);
}
