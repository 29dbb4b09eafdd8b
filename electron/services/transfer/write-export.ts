import { AppError } from '../../../shared/api/result';
import { currentFormatVersion, exportFormatName, type EncryptionHeader } from '../../../shared/transfer/export-format';
import type { StoredDocument } from '../store/document-spec';
import type { Workspace } from '../workspaces';
import { encrypt } from './crypto';
import { workspaceFingerprint } from './fingerprint';
import { collectDocuments } from './workspace-files';
import { UnregisteredDocumentError } from '../documents/registry';

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

/** The whole workspace as one `.otasuke` text, encrypted when a passphrase is given. */
export function exportWorkspace(ws: Workspace, options: ExportOptions): ExportResult {
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
  const payload = { meta, documents };
  const head = { format: exportFormatName, formatVersion: currentFormatVersion, appVersion: options.appVersion, exportedAt: options.now.toISOString() };
  let envelope: object;
  if (options.passphrase) {
    const sealed = encrypt(JSON.stringify(payload), options.passphrase, (encryption: EncryptionHeader) => ({ ...head, encryption }));
    envelope = { ...sealed.header, ciphertext: sealed.ciphertext, tag: sealed.tag };
  } else {
    envelope = { ...head, encryption: null, payload };
  }
  return {
    text: JSON.stringify(envelope),
    fingerprint: workspaceFingerprint(meta.name, documents),
    documentCount: Object.keys(documents).length,
  };
}
