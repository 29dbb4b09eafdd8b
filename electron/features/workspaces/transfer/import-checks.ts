import type { WorkspaceMeta } from '../../../../shared/settings/schema';
import { findUnsafeText } from '../../../../shared/workspaces/transfer/unsafe-text';
import { bucketOf } from '../../incidents';
import { importProblem } from './import-problem';

/**
 * What the schemas cannot see but the stores rely on, checked on a file from outside after it
 * is decoded and before anything is written:
 *  - ids are unique in every list (editing one of two same-id contacts would change both);
 *  - every incident sits in the bucket its id hashes to (else it is listed but cannot be opened);
 *  - no control or bidi character in any text (they survive into file names and printouts).
 */
export function checkImportedContent(meta: WorkspaceMeta, documents: Record<string, unknown>): void {
  const unsafe = findUnsafeText(meta, ['meta']) ?? findUnsafeText(documents);
  if (unsafe) throw importProblem('unsafe_text', unsafe.join('.'));

  for (const [name, data] of Object.entries(documents)) {
    const duplicate = findDuplicateId(data, [name]);
    if (duplicate) throw importProblem('duplicate_id', duplicate.join('.'));
  }

  const incidentIds = new Set<string>();
  for (const [name, data] of Object.entries(documents)) {
    const bucket = incidentBucketOf(name);
    if (bucket === null || !Array.isArray(data)) continue;
    for (const incident of data as { id: string }[]) {
      if (bucketOf(incident.id) !== bucket) throw importProblem('misplaced_record', `${name}: ${incident.id}`);
      // Buckets are chosen by id, so a repeat across buckets is already misplaced; kept as a guard.
      if (incidentIds.has(incident.id)) throw importProblem('duplicate_id', `${name}: ${incident.id}`);
      incidentIds.add(incident.id);
    }
  }
}

function incidentBucketOf(documentName: string): number | null {
  const match = /^incidents-b([0-9a-f]{3})$/.exec(documentName);
  return match ? parseInt(match[1]!, 16) : null;
}

const idOf = (item: unknown) => (typeof item === 'object' && item !== null && typeof (item as { id?: unknown }).id === 'string' ? (item as { id: string }).id : null);

/** The path of the first repeated id in any list of records under `value` (nested lists too). */
function findDuplicateId(value: unknown, path: (string | number)[]): (string | number)[] | null {
  if (Array.isArray(value)) {
    const seen = new Set<string>();
    for (let i = 0; i < value.length; i += 1) {
      const id = idOf(value[i]);
      if (id !== null) {
        if (seen.has(id)) return [...path, i, id];
        seen.add(id);
      }
      const nested = findDuplicateId(value[i], [...path, i]);
      if (nested) return nested;
    }
    return null;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      const nested = findDuplicateId(child, [...path, key]);
      if (nested) return nested;
    }
  }
  return null;
}
