import { AppError } from '../../../../shared/api/result';
import { currentFormatVersion, exportFormatName, type EncryptionHeader } from '../../../../shared/workspaces/transfer/export-format';
import { passphraseStrength } from '../../../../shared/workspaces/transfer/passphrase-strength';
import type { StoredDocument } from '../../../services/store/document-spec';
import type { Workspace } from '../../../services/workspaces';
import { encrypt } from './crypto';
import { workspaceFingerprint } from './fingerprint';
import { collectDocuments } from './workspace-files';
import { UnregisteredDocumentError } from '../../../services/store/document-registry';

export interface ExportOptions {
  appVersion: string;
  now: Date;
  passphrase?: string | undefined;
}

export interface ExportResult {
  text: string;
  fingerprint: string;
  documentCount: number;
}

function collect(ws: Workspace, options: ExportOptions) {
  const meta = ws.meta.get();
  if (!meta) throw new AppError('not_found', 'workspace has no meta');
  let documents: Record<string, StoredDocument>;
  try {
    documents = collectDocuments(ws);
  } catch (error) {
    // A document nobody registered: refuse rather than hand over an incomplete file.
    if (error instanceof UnregisteredDocumentError) throw new AppError('internal', error.message);
    throw error;
  }
  const head = { format: exportFormatName, formatVersion: currentFormatVersion, appVersion: options.appVersion, exportedAt: options.now.toISOString() };
  return { meta, documents, head, payload: { meta, documents } };
}

const resultOf = (envelope: object, name: string, documents: Record<string, StoredDocument>): ExportResult => ({
  text: JSON.stringify(envelope),
  fingerprint: workspaceFingerprint(name, documents),
  documentCount: Object.keys(documents).length,
});

/** The whole workspace as one plain `.otasuke` text, synchronously (automatic snapshots). */
export function exportPlainWorkspace(ws: Workspace, options: Omit<ExportOptions, 'passphrase'>): ExportResult {
  const { meta, documents, head, payload } = collect(ws, options);
  return resultOf({ ...head, encryption: null, payload }, meta.name, documents);
}

/**
 * The whole workspace as one `.otasuke` text, encrypted when a passphrase is given. A guessable
 * passphrase is refused (issue code `weak_passphrase`): the file may travel by mail or USB stick.
 */
export async function exportWorkspace(ws: Workspace, options: ExportOptions): Promise<ExportResult> {
  if (!options.passphrase) return exportPlainWorkspace(ws, options);
  const { meta, documents, head, payload } = collect(ws, options);
  const strength = passphraseStrength(options.passphrase, [meta.name]);
  if (!strength.strong) {
    throw new AppError('invalid_request', `weak passphrase (score ${strength.score})`, [{ path: ['passphrase'], code: 'weak_passphrase', message: strength.hint ?? undefined }]);
  }
  const sealed = await encrypt(JSON.stringify(payload), options.passphrase, (encryption: EncryptionHeader) => ({ ...head, encryption }));
  return resultOf({ ...sealed.header, ciphertext: sealed.ciphertext, tag: sealed.tag }, meta.name, documents);
}
