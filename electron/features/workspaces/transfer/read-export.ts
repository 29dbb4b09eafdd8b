import fs from 'node:fs';
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
  type EncryptedEnvelope,
  type ExportedWorkspace,
  type ExportPreview,
} from '../../../../shared/workspaces/transfer/export-format';
import { parseJsonSafely, SafeJsonError, type JsonLimits } from '../../../../shared/workspaces/transfer/safe-json';
import { decodeDocument, DocumentRejected, type StoredDocument } from '../../../services/store/document-spec';
import { findDocumentSpec, type RegistryEntry } from '../../../services/store/document-registry';
import { kdfProblem } from '../../../../shared/workspaces/transfer/kdf-params';
import { decrypt, KdfRefusedError, TamperedError, WrongPassphraseError } from './crypto';
import { workspaceFingerprint } from './fingerprint';
import { checkImportedContent } from './import-checks';
import { importProblem } from './import-problem';

export { importProblem, type ImportProblem } from './import-problem';

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

interface ExportHeader {
  appVersion: string;
  exportedAt: string;
  formatVersion: number;
}

type Envelope =
  | { header: ExportHeader; payloadRaw: unknown; sealed?: undefined }
  | { header: ExportHeader; payloadRaw?: undefined; sealed: EncryptedEnvelope };

/** Size, JSON guards, format and version; a plain file's payload is parsed here too. */
function openEnvelope(text: string): Envelope {
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
  if (envelope.encryption === null) {
    const plain = plainEnvelopeSchema.safeParse(envelope);
    if (!plain.success) throw importProblem('wrong_format');
    // The envelope limits allow one long string; the payload must meet the stricter ones too.
    return { header: plain.data, payloadRaw: parse(JSON.stringify(plain.data.payload), payloadLimits) };
  }
  const sealed = encryptedEnvelopeSchema.safeParse(envelope);
  if (!sealed.success) throw importProblem('wrong_format');
  // Judged before anything else about the file: a crafted header costs us nothing.
  const kdf = kdfProblem(sealed.data.encryption);
  if (kdf) throw importProblem(kdf, `N=${sealed.data.encryption.N} r=${sealed.data.encryption.r} p=${sealed.data.encryption.p}`);
  return { header: sealed.data, sealed: sealed.data };
}

async function openSealed(sealed: EncryptedEnvelope, passphrase: string | undefined): Promise<unknown> {
  if (!passphrase) throw importProblem('passphrase_required');
  const { ciphertext, tag, ...rest } = sealed;
  let plaintext: string;
  try {
    plaintext = await decrypt(rest, ciphertext, tag, passphrase);
  } catch (error) {
    if (error instanceof WrongPassphraseError) throw importProblem('wrong_passphrase');
    if (error instanceof TamperedError) throw importProblem('tampered');
    if (error instanceof KdfRefusedError) throw importProblem(error.problem);
    throw error;
  }
  return parse(plaintext, payloadLimits);
}

/** Schemas, registry and migrations: the documents as this app's version of them. */
function decodePayload(payloadRaw: unknown, header: ExportHeader, encrypted: boolean, registry: RegistryEntry[]): ReadExportResult {
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
 * Reads, decrypts and validates the text of a file from outside (import, summary command line),
 * including the content checks of import-checks.ts; throws AppError with a problem.
 */
export async function readExportText(text: string, passphrase: string | undefined, registry: RegistryEntry[]): Promise<ReadExportResult> {
  const envelope = openEnvelope(text);
  const payloadRaw = envelope.sealed ? await openSealed(envelope.sealed, passphrase) : envelope.payloadRaw;
  const result = decodePayload(payloadRaw, envelope.header, Boolean(envelope.sealed), registry);
  checkImportedContent(result.meta, result.documents);
  return result;
}

/**
 * The same for the app's own plain snapshots, synchronously: they were written by this app from
 * data it already holds, so the content checks for outside files do not apply to them.
 */
export function readPlainExportText(text: string, registry: RegistryEntry[]): ReadExportResult {
  const envelope = openEnvelope(text);
  if (envelope.sealed) throw importProblem('passphrase_required');
  return decodePayload(envelope.payloadRaw, envelope.header, false, registry);
}

/**
 * For the summary command line and other readers: the validated content of an export file.
 *
 *   const { meta, documents } = await readWorkspaceExport('client.otasuke', process.env.PASSPHRASE, featureDocuments);
 *   documents.profile  // CompanyProfile | null, already migrated to this app's schema
 *
 * Throws AppError; `error.issues[0].code` is an ImportProblem (e.g. 'wrong_passphrase').
 */
export async function readWorkspaceExport(filePath: string, passphrase: string | undefined, registry: RegistryEntry[]): Promise<ExportedWorkspace & { preview: ExportPreview }> {
  const size = fs.statSync(filePath).size;
  if (size > maxExportBytes) throw importProblem('too_large');
  const { meta, documents, preview } = await readExportText(fs.readFileSync(filePath, 'utf8'), passphrase, registry);
  return { meta, documents, preview };
}
