import { AppError } from '../../../../shared/api/result';
import { currentFormatVersion, exportFormatName } from '../../../../shared/workspaces/transfer/export-format';
import type { StoredDocument } from '../../../services/store/document-spec';
import type { Workspace } from '../../../services/workspaces';
import { workspaceFingerprint } from './fingerprint';
import { sliceTurns } from '../../../services/off-thread/slices';
import { sealExportOffThread } from './off-thread';
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

/** Each document as JSON, giving the event loop a turn between documents (10,000 incidents fill hundreds). */
async function documentsJson(documents: Record<string, StoredDocument>): Promise<[string, string][]> {
  const turn = sliceTurns();
  const parts: [string, string][] = [];
  for (const [name, document] of Object.entries(documents)) {
    parts.push([name, JSON.stringify(document)]);
    await turn();
  }
  return parts;
}

/**
 * The whole workspace as one `.otasuke` text, encrypted when a passphrase is given. A guessable
 * passphrase is refused (issue code `weak_passphrase`): the file may travel by mail or USB stick.
 * The documents are read here (a consistent set: stored values are replaced, never changed);
 * the text, the passphrase check, the encryption and the fingerprint are made in the transfer worker.
 */
export async function exportWorkspace(ws: Workspace, options: ExportOptions): Promise<ExportResult> {
  const { meta, documents, head } = collect(ws, options);
  const parts = await documentsJson(documents);
  const { text, fingerprint } = await sealExportOffThread({ head, meta, documents: parts, passphrase: options.passphrase });
  return { text, fingerprint, documentCount: parts.length };
}
