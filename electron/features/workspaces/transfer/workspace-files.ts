import fs from 'node:fs';
import type { DocumentSpec, StoredDocument } from '../../../services/store/document-spec';
import { encodeDocument } from '../../../services/store/document-spec';
import { requireDocumentSpec, type RegistryEntry } from '../../../services/store/document-registry';
import type { Workspace } from '../../../services/workspaces';

/** Files in a workspace folder that are not documents: its own meta, and leftovers we keep out. */
function isDocumentFile(file: string): boolean {
  return file.endsWith('.json') && file !== 'workspace.json' && !file.startsWith('.');
}

/**
 * The documents a workspace folder holds, by name, each with its spec. Throws
 * UnregisteredDocumentError for a file no registry entry claims, so nothing is left out unseen.
 */
export function workspaceDocuments(ws: Workspace, registry: RegistryEntry[] = ws.registry): Map<string, DocumentSpec<unknown>> {
  const found = new Map<string, DocumentSpec<unknown>>();
  let files: string[] = [];
  try {
    files = fs.readdirSync(ws.dir);
  } catch {
    return found;
  }
  for (const file of files.sort()) {
    if (!isDocumentFile(file)) continue;
    const name = file.slice(0, -'.json'.length);
    found.set(name, requireDocumentSpec(name, registry));
  }
  return found;
}

/** Every document of the workspace in its stored form `{ schemaVersion, data }`. */
export function collectDocuments(ws: Workspace, registry?: RegistryEntry[]): Record<string, StoredDocument> {
  const documents: Record<string, StoredDocument> = {};
  for (const [name, spec] of workspaceDocuments(ws, registry)) {
    documents[name] = encodeDocument(spec, ws.document(spec).get());
  }
  return documents;
}
