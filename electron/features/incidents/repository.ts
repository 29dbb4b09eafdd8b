import { AppError } from '../../../shared/api/result';
import type { Incident } from '../../../shared/incidents/schema';
import { bucketOf, incidentBucketCount, incidentBucketSpec } from './documents';
import type { Workspace } from '../../services/workspaces';

/** All incidents of one workspace, read from their bucket files; each save touches one bucket. */
export class IncidentRepository {
  constructor(private readonly workspace: Workspace) {}

  private bucket(id: string) {
    return this.workspace.document(incidentBucketSpec(bucketOf(id)));
  }

  all(): Incident[] {
    const out: Incident[] = [];
    for (let b = 0; b < incidentBucketCount; b += 1) out.push(...this.workspace.document(incidentBucketSpec(b)).get());
    return out;
  }

  get(id: string): Incident | null {
    return this.bucket(id).get().find((i) => i.id === id) ?? null;
  }

  /**
   * Saves one incident with the next revision. With `expectedRevision`, a save that started from
   * an older read is refused as a conflict and nothing is written.
   */
  save(incident: Omit<Incident, 'revision'> & { revision?: number }, expectedRevision?: number): Incident {
    let saved = incident as Incident;
    this.bucket(incident.id).update((list) => {
      const index = list.findIndex((i) => i.id === incident.id);
      const stored = index < 0 ? undefined : list[index];
      if (expectedRevision !== undefined && stored?.revision !== expectedRevision) {
        throw new AppError('conflict', `incident revision ${stored?.revision ?? 'none'}, edit started at ${expectedRevision}`);
      }
      saved = { ...incident, revision: (stored?.revision ?? 0) + 1 };
      return index < 0 ? [...list, saved] : list.map((i, n) => (n === index ? saved : i));
    });
    return saved;
  }

  /** Writes many at once, one write per bucket (demo data, imports, benchmarks). */
  saveMany(incidents: Incident[]): void {
    const byBucket = new Map<number, Incident[]>();
    for (const incident of incidents) {
      const b = bucketOf(incident.id);
      byBucket.set(b, [...(byBucket.get(b) ?? []), incident]);
    }
    for (const [b, added] of byBucket) {
      const ids = new Set(added.map((i) => i.id));
      this.workspace.document(incidentBucketSpec(b)).update((list) => [...list.filter((i) => !ids.has(i.id)), ...added]);
    }
  }

  remove(id: string): boolean {
    const before = this.bucket(id).get();
    if (!before.some((i) => i.id === id)) return false;
    this.bucket(id).set(before.filter((i) => i.id !== id));
    return true;
  }
}

const repositories = new WeakMap<Workspace, IncidentRepository>();

export function incidentsOf(workspace: Workspace): IncidentRepository {
  let repo = repositories.get(workspace);
  if (!repo) {
    repo = new IncidentRepository(workspace);
    repositories.set(workspace, repo);
  }
  return repo;
}
