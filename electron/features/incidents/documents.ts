import { z } from 'zod';
import { incidentSchema, type Incident } from '../../../shared/incidents/schema';
import type { DocumentSpec } from '../../services/store/document-spec';

/**
 * Incidents are spread over many small files (`incidents-b000` … `incidents-b1ff`) by a hash of
 * their id, so saving one incident rewrites one small file even with 10,000 stored.
 */
export const incidentBucketCount = 512;

const specs = new Map<number, DocumentSpec<Incident[]>>();

export function incidentBucketSpec(bucket: number): DocumentSpec<Incident[]> {
  let spec = specs.get(bucket);
  if (!spec) {
    spec = {
      name: `incidents-b${bucket.toString(16).padStart(3, '0')}`,
      topic: 'incidents',
      schema: z.array(incidentSchema).max(5000),
      version: 1,
      empty: () => [],
    };
    specs.set(bucket, spec);
  }
  return spec;
}

/** FNV-1a: stable across runs and platforms, so an id always lands in the same file. */
export function bucketOf(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i += 1) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % incidentBucketCount;
}
