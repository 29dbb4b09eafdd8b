import { localDay } from '../../../shared/dates/local-day';
import { resources } from '../../../shared/i18n/resources';
import { fill } from '../../../shared/summary/text';
import { demoVisits } from '../../../shared/visits/demo';
import type { Workspace } from '../../services/workspaces';
import { saveVisit } from './repository';

/** Seeds the demo company's visits through the same save path as the page (next steps become actions). */
export function seedVisits(ws: Workspace, today: Date): void {
  for (const visit of demoVisits(localDay(today))) saveVisit(ws, null, visit, today, (date) => fill(resources.ja.visits.actionNote, { date }));
}
