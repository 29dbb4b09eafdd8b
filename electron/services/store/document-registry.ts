import type { DocumentSpec } from './document-spec';

/**
 * Every kind of document a workspace folder may hold, so export, import and snapshots handle
 * them all without knowing any feature. Each feature lists its own in `documents` of its
 * `electron/features/<feature>/index.ts`; the app's registry is all of them (`featureDocuments`):
 *   - a single file:  `{ spec: incidentsIndexSpec }`
 *   - sharded files:  `{ pattern: /^incidents-\d{4}$/, specFor: incidentBucketSpec }`
 * A file in a workspace folder that matches no entry makes export fail loudly
 * (`UnregisteredDocumentError`) rather than leave data out of a hand-over file.
 */
export type RegistryEntry =
  | { spec: DocumentSpec<unknown> }
  | { pattern: RegExp; specFor: (name: string) => DocumentSpec<unknown> };

export class UnregisteredDocumentError extends Error {
  constructor(readonly documentName: string) {
    super(`document "${documentName}" is not registered by any feature (electron/features/<feature>/index.ts)`);
    this.name = 'UnregisteredDocumentError';
  }
}

/** The spec for a document file name (without `.json`), or null when none is registered. */
export function findDocumentSpec(name: string, registry: RegistryEntry[]): DocumentSpec<unknown> | null {
  for (const entry of registry) {
    if ('spec' in entry) {
      if (entry.spec.name === name) return entry.spec;
    } else if (entry.pattern.test(name)) {
      const spec = entry.specFor(name);
      if (spec.name !== name) throw new Error(`registry pattern ${String(entry.pattern)} gave spec "${spec.name}" for "${name}"`);
      return spec;
    }
  }
  return null;
}

export function requireDocumentSpec(name: string, registry: RegistryEntry[]): DocumentSpec<unknown> {
  const spec = findDocumentSpec(name, registry);
  if (!spec) throw new UnregisteredDocumentError(name);
  return spec;
}
