import fs from 'node:fs';
import { AppError, type ApiErrorCode } from '../../../shared/api/result';
import {
  currentFormatVersion,
  encryptedEnvelopeSchema,
  envelopeHeadSchema,
  envelopeLimits,
  exportFormatName,
  maxExportBytes,
  payloadLimits,
  payloadSchema,
  plainEnvelopeSchema,
  type ExportedWorkspace,
  type ExportPreview,
} from '../../../shared/transfer/export-format';
import { parseJsonSafely, SafeJsonError, type JsonLimits } from '../../../shared/transfer/safe-json';
import { decodeDocument, DocumentRejected, type StoredDocument } from '../store/document-spec';
import { documentRegistry, findDocumentSpec, type RegistryEntry } from '../documents/registry';
import { decrypt, TamperedError, WrongPassphraseError } from './crypto';
import { workspaceFingerprint } from './fingerprint';

/**
 * Why a file was refused; the renderer words each one (errors:importProblem.<reason>), and the
 * summary command line prints it. Carried as the first issue of the AppError.
 */
export type ImportProblem =
  | 'too_large'
  | 'not_json'
  | 'truncated'
  | 'too_deep'
  | 'too_many_keys'
  | 'string_too_long'
  | 'forbidden_key'
  | 'wrong_format'
  | 'newer_version'
  | 'passphrase_required'
  | 'wrong_passphrase'
  | 'tampered'
  | 'invalid_content'
  | 'unknown_document';

const problemCodes: Record<ImportProblem, ApiErrorCode> = {
  too_large: 'too_large',
  newer_version: 'unsupported_version',
  passphrase_required: 'wrong_passphrase',
  wrong_passphrase: 'wrong_passphrase',
  not_json: 'invalid_file',
  truncated: 'invalid_file',
  too_deep: 'invalid_file',
  too_many_keys: 'invalid_file',
  string_too_long: 'invalid_file',
  forbidden_key: 'invalid_file',
  wrong_format: 'invalid_file',
  tampered: 'invalid_file',
  invalid_content: 'invalid_file',
  unknown_document: 'invalid_file',
};

export function importProblem(problem: ImportProblem, detail?: string): AppError {
  return new AppError(problemCodes[problem], detail ?? problem, [{ path: ['file'], code: problem }]);
}

/** Older format versions are brought up to date here, one step at a time (none exist yet). */
const formatMigrations: Record<number, (envelope: Record<string, unknown>) => Record<string, unknown>> = {};

function parse(text: string, limits: JsonLimits): unknown {
  try {
    return parseJsonSafely(text, limits);
  } catch (error) {
    const problem = error instanceof SafeJsonError ? error.problem : 'not_json';
    // A file that starts like ours but does not parse was most likely cut off.
    if (problem === 'not_json' && text.trimStart().startsWith('{')) throw importProblem('truncated');
    throw importProblem(problem);
  }
}

export interface ReadExportResult extends ExportedWorkspace {
  /** The documents exactly as the file holds them, for writing and the fingerprint. */
  stored: Record<string, StoredDocument>;
  preview: ExportPreview;
}

/** Reads, decrypts and validates the text of an export file; throws AppError with a problem. */
export function readExportText(text: string, passphrase?: string, registry: RegistryEntry[] = documentRegistry): ReadExportResult {
  if (Buffer.byteLength(text, 'utf8') > maxExportBytes) throw importProblem('too_large');
  const raw = parse(text, envelopeLimits);
  const head = envelopeHeadSchema.safeParse(raw);
  if (!head.success || head.data.format !== exportFormatName) throw importProblem('wrong_format');
  if (head.data.formatVersion > currentFormatVersion) throw importProblem('newer_version', `format ${head.data.formatVersion}`);
  let envelope = raw as Record<string, unknown>;
  for (let v = head.data.formatVersion; v < currentFormatVersion; v += 1) {
    const migrate = formatMigrations[v];
    if (!migrate) throw importProblem('wrong_format', `no migration from format ${v}`);
    envelope = migrate(envelope);
  }

  let payloadRaw: unknown;
  let encrypted = false;
  let header: { appVersion: string; exportedAt: string; formatVersion: number };
  if (envelope.encryption === null) {
    const plain = plainEnvelopeSchema.safeParse(envelope);
    if (!plain.success) throw importProblem('wrong_format');
    header = plain.data;
    // The envelope limits allow one long string; the payload must meet the stricter ones too.
    payloadRaw = parse(JSON.stringify(plain.data.payload), payloadLimits);
  } else {
    const sealed = encryptedEnvelopeSchema.safeParse(envelope);
    if (!sealed.success) throw importProblem('wrong_format');
    if (!passphrase) throw importProblem('passphrase_required');
    const { ciphertext, tag, ...rest } = sealed.data;
    let plaintext: string;
    try {
      plaintext = decrypt(rest, ciphertext, tag, passphrase);
    } catch (error) {
      if (error instanceof WrongPassphraseError) throw importProblem('wrong_passphrase');
      if (error instanceof TamperedError) throw importProblem('tampered');
      throw error;
    }
    encrypted = true;
    header = sealed.data;
    payloadRaw = parse(plaintext, payloadLimits);
  }

  const payload = payloadSchema.safeParse(payloadRaw);
  if (!payload.success) throw importProblem('invalid_content', payload.error.issues[0]?.path.join('.'));
  const documents: Record<string, unknown> = {};
  const counts: Record<string, number> = {};
  for (const [name, stored] of Object.entries(payload.data.documents)) {
    const spec = findDocumentSpec(name, registry);
    if (!spec) throw importProblem('unknown_document', name);
    try {
      documents[name] = decodeDocument(spec, stored);
    } catch (error) {
      if (error instanceof DocumentRejected && error.reason === 'newer_version') throw importProblem('newer_version', name);
      throw importProblem('invalid_content', `${name}: ${(error as Error).message}`);
    }
    const value = documents[name];
    counts[name] = Array.isArray(value) ? value.length : value === null ? 0 : 1;
  }
  const { meta } = payload.data;
  const stored = payload.data.documents as Record<string, StoredDocument>;
  return {
    meta,
    documents,
    stored,
    preview: {
      company: meta.name,
      isDemo: meta.isDemo,
      createdAt: meta.createdAt,
      exportedAt: header.exportedAt,
      appVersion: header.appVersion,
      formatVersion: header.formatVersion,
      encrypted,
      counts,
      fingerprint: workspaceFingerprint(meta.name, stored),
    },
  };
}

/**
 * For the summary command line and other readers: the validated content of an export file.
 *
 *   const { meta, documents } = readWorkspaceExport('client.otasuke', process.env.PASSPHRASE);
 *   documents.profile  // CompanyProfile | null, already migrated to this app's schema
 *
 * Throws AppError; `error.issues[0].code` is an ImportProblem (e.g. 'wrong_passphrase').
 */
export function readWorkspaceExport(filePath: string, passphrase?: string): ExportedWorkspace & { preview: ExportPreview } {
  const size = fs.statSync(filePath).size;
  if (size > maxExportBytes) throw importProblem('too_large');
  const { meta, documents, preview } = readExportText(fs.readFileSync(filePath, 'utf8'), passphrase);
  return { meta, documents, preview };
}
