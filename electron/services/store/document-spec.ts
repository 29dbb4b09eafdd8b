import type { z } from 'zod';

/**
 * A kind of document kept in its own file. Each file carries our own `schemaVersion` (the
 * library's migrations are documented as buggy), and `migrations[n]` turns version n into n+1.
 */
export interface DocumentSpec<T> {
  /** File name without extension, also used in notices. */
  name: string;
  /** What a command that writes it announces as changed (many files may share one); defaults to `name`. */
  topic?: string;
  schema: z.ZodType<T, unknown>;
  version: number;
  migrations?: Record<number, (data: unknown) => unknown>;
  empty: () => T;
  /**
   * For a document that names its company (the profile): the name, so a company whose own record
   * (workspace.json) is lost with every backup of it can be given its name back.
   */
  companyName?: (value: T) => string | null;
}

export interface StoredDocument {
  schemaVersion: number;
  data: unknown;
}

export class DocumentRejected extends Error {
  constructor(readonly reason: 'unreadable' | 'invalid' | 'newer_version', detail: string) {
    super(detail);
    this.name = 'DocumentRejected';
  }
}

/** Brings stored content up to the current version and validates it; throws DocumentRejected. */
export function decodeDocument<T>(spec: DocumentSpec<T>, raw: unknown): T {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new DocumentRejected('invalid', 'not an object');
  }
  const stored = raw as Partial<StoredDocument>;
  let version = stored.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new DocumentRejected('invalid', 'missing schemaVersion');
  }
  if (version > spec.version) {
    throw new DocumentRejected('newer_version', `version ${version} > ${spec.version}`);
  }
  let data = stored.data;
  while (version < spec.version) {
    const migrate = spec.migrations?.[version];
    if (!migrate) throw new DocumentRejected('invalid', `no migration from version ${version}`);
    data = migrate(data);
    version += 1;
  }
  const parsed = spec.schema.safeParse(data);
  if (!parsed.success) {
    throw new DocumentRejected('invalid', parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.code}`).join('; '));
  }
  return parsed.data;
}

export function encodeDocument<T>(spec: DocumentSpec<T>, data: T): StoredDocument {
  return { schemaVersion: spec.version, data };
}
