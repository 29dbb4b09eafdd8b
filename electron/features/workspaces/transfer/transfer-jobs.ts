import { AppError } from '../../../../shared/api/result';
import type { EncryptionHeader, ExportPreview } from '../../../../shared/workspaces/transfer/export-format';
import { passphraseStrength } from '../../../../shared/workspaces/transfer/passphrase-strength';
import type { WorkspaceMeta } from '../../../../shared/settings/schema';
import type { RegistryEntry } from '../../../services/store/document-registry';
import { encrypt } from './crypto';
import { workspaceFingerprint } from './fingerprint';
import { readExportText } from './read-export';

/**
 * The CPU-heavy halves of export and import (JSON, passphrase check, AES, the canonical
 * fingerprint), run in the transfer worker. Only strings and small objects cross: a string is
 * copied in one go, while a large object graph would cost the UI thread its own deserialising.
 */
export type TransferJob =
  | { kind: 'read'; text: string; passphrase?: string | undefined }
  | {
      kind: 'seal';
      head: { format: string; formatVersion: number; appVersion: string; exportedAt: string };
      meta: WorkspaceMeta;
      /** Each document's stored form as JSON, in file order. */
      documents: [name: string, json: string][];
      passphrase?: string | undefined;
    };

export type ReadJobResult = { meta: WorkspaceMeta; preview: ExportPreview; documentsJson: string };
export type SealJobResult = { text: string; fingerprint: string };
export type TransferJobResult = ReadJobResult | SealJobResult;

/** `{"meta":…,"documents":{…}}` exactly as JSON.stringify(payload) writes it (document names are never numeric). */
function payloadText(meta: WorkspaceMeta, documents: [string, string][]): string {
  return `{"meta":${JSON.stringify(meta)},"documents":{${documents.map(([name, json]) => `${JSON.stringify(name)}:${json}`).join(',')}}}`;
}

async function seal(job: Extract<TransferJob, { kind: 'seal' }>): Promise<SealJobResult> {
  const documents = Object.fromEntries(job.documents.map(([name, json]) => [name, JSON.parse(json) as unknown]));
  const fingerprint = workspaceFingerprint(job.meta.name, documents);
  const payload = payloadText(job.meta, job.documents);
  if (!job.passphrase) return { text: `${JSON.stringify({ ...job.head, encryption: null }).slice(0, -1)},"payload":${payload}}`, fingerprint };
  const strength = passphraseStrength(job.passphrase, [job.meta.name]);
  if (!strength.strong) {
    throw new AppError('invalid_request', `weak passphrase (score ${strength.score})`, [{ path: ['passphrase'], code: 'weak_passphrase', message: strength.hint ?? undefined }]);
  }
  const sealed = await encrypt(payload, job.passphrase, (encryption: EncryptionHeader) => ({ ...job.head, encryption }));
  return { text: JSON.stringify({ ...sealed.header, ciphertext: sealed.ciphertext, tag: sealed.tag }), fingerprint };
}

async function read(job: Extract<TransferJob, { kind: 'read' }>, registry: RegistryEntry[]): Promise<ReadJobResult> {
  const { meta, preview, documents } = await readExportText(job.text, job.passphrase, registry);
  return { meta, preview, documentsJson: JSON.stringify(documents) };
}

/** `registry`: every document kind the app's features keep (what an import may contain). */
export function runTransferJob(job: TransferJob, registry: RegistryEntry[]): Promise<TransferJobResult> {
  return job.kind === 'read' ? read(job, registry) : seal(job);
}
