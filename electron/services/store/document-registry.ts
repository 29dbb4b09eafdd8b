import type { DocumentSpec } from './document-spec';
import { actionsSpec } from '../../features/actions/documents';
import { contactsSpec } from '../../features/contacts/documents';
import { incidentBucketSpec } from '../../features/incidents/documents';
import { profileSpec } from '../../features/profile/documents';
import { assessmentsSpec, securityPolicySpec } from '../../features/self-check/documents';
import { weaknessesSpec } from '../../features/self-check/weaknesses';

/**
 * Every kind of document a workspace folder may hold, so export, import and snapshots handle
 * them all without knowing any feature. A feature that adds a document adds ONE line here:
 *   - a single file:  `{ spec: incidentsIndexSpec }`
 *   - sharded files:  `{ pattern: /^incidents-\d{4}$/, specFor: incidentBucketSpec }`
 * A file in a workspace folder that matches no entry makes export fail loudly
 * (`UnregisteredDocumentError`) rather than leave data out of a hand-over file.
 */
export type RegistryEntry =
  | { spec: DocumentSpec<unknown> }
  | { pattern: RegExp; specFor: (name: string) => DocumentSpec<unknown> };

export const documentRegistry: RegistryEntry[] = [
  { spec: profileSpec as DocumentSpec<unknown> },
  { spec: actionsSpec as DocumentSpec<unknown> },
  { spec: weaknessesSpec as DocumentSpec<unknown> },
  { spec: contactsSpec as DocumentSpec<unknown> },
  { spec: assessmentsSpec as DocumentSpec<unknown> },
  { spec: securityPolicySpec as DocumentSpec<unknown> },
  // incidents-b000 … incidents-b1ff: the 512 buckets of the incident log.
  { pattern: /^incidents-b[01][0-9a-f]{2}$/, specFor: (name) => incidentBucketSpec(parseInt(name.slice('incidents-b'.length), 16)) as DocumentSpec<unknown> },
];

export class UnregisteredDocumentError extends Error {
  constructor(readonly documentName: string) {
    super(`document "${documentName}" is not in electron/services/documents/registry.ts`);
    this.name = 'UnregisteredDocumentError';
  }
}

/** The spec for a document file name (without `.json`), or null when none is registered. */
export function findDocumentSpec(name: string, registry: RegistryEntry[] = documentRegistry): DocumentSpec<unknown> | null {
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

export function requireDocumentSpec(name: string, registry: RegistryEntry[] = documentRegistry): DocumentSpec<unknown> {
  const spec = findDocumentSpec(name, registry);
  if (!spec) throw new UnregisteredDocumentError(name);
  return spec;
}
