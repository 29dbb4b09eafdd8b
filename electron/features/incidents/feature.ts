import { demoIncidents } from '../../../shared/incidents/demo';
import type { DocumentSpec } from '../../services/store/document-spec';
import type { Workspace } from '../../services/workspaces';
import type { BackEndFeature } from '../feature';
import { markProvenWeak } from '../self-check';
import { incidentBucketSpec } from './documents';
import { incidentsHandlers } from './handlers';
import { incidentsOf } from './repository';

const bucketName = /^incidents-b[01][0-9a-f]{2}$/;

/**
 * The demo incidents, and the weak points they proved: stored the same way `incidents.markWeak`
 * stores them (through the self-check's public module), so the results page and the summary show
 * them exactly as for a real company.
 */
function seedIncidents(ws: Workspace, today: Date): void {
  const incidents = demoIncidents(today);
  incidentsOf(ws).saveMany(incidents);
  for (const incident of incidents) {
    if (incident.provenWeak.length > 0) markProvenWeak(ws, incident, incident.provenWeak, incident.updatedAt);
  }
}

export const incidentsFeature: BackEndFeature<'incidents'> = {
  handlers: incidentsHandlers,
  // incidents-b000 … incidents-b1ff: the 512 buckets of the incident log.
  documents: [{ pattern: bucketName, specFor: (name) => incidentBucketSpec(parseInt(name.slice('incidents-b'.length), 16)) as DocumentSpec<unknown> }],
  seedDemo: seedIncidents,
};
