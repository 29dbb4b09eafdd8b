// The incidents feature's public module: reading the log and where each record is kept.
export { bucketOf, incidentBucketCount, incidentBucketSpec } from './documents';
export { incidentsOf } from './repository';
