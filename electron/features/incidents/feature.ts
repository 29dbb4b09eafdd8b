import { demoIncidents } from '../../../shared/incidents/demo';
import type { DocumentSpec } from '../../services/store/document-spec';
import type { BackEndFeature } from '../feature';
import { incidentBucketSpec } from './documents';
import { incidentsHandlers } from './handlers';
import { incidentsOf } from './repository';

const bucketName = /^incidents-b[01][0-9a-f]{2}$/;

export const incidentsFeature: BackEndFeature<'incidents'> = {
  handlers: incidentsHandlers,
  // incidents-b000 … incidents-b1ff: the 512 buckets of the incident log.
  documents: [{ pattern: bucketName, specFor: (name) => incidentBucketSpec(parseInt(name.slice('incidents-b'.length), 16)) as DocumentSpec<unknown> }],
  seedDemo: (ws, today) => incidentsOf(ws).saveMany(demoIncidents(today)),
};
