import fs from 'node:fs';
import path from 'node:path';
import type { WorkspaceMeta } from '../../shared/settings/schema';
import type { NoticeSink } from './store/document-store';
import { findDocumentSpec } from './store/document-registry';
import type { Workspace } from './workspaces';

/** The registered documents a company folder holds (file names without `.json`), its own record aside. */
function documentsIn(ws: Workspace): { name: string; mtimeMs: number }[] {
  let files: string[] = [];
  try {
    files = fs.readdirSync(ws.dir);
  } catch {
    return [];
  }
  return files
    .filter((file) => file.endsWith('.json') && file !== 'workspace.json')
    .map((file) => file.slice(0, -'.json'.length))
    .filter((name) => findDocumentSpec(name, ws.registry) !== null)
    .map((name) => ({ name, mtimeMs: fs.statSync(path.join(ws.dir, `${name}.json`)).mtimeMs }));
}

/**
 * A company folder whose own record (workspace.json) is gone with every backup of it, though its
 * data is there: without this the company would vanish from the list with all its records. Its
 * record is rebuilt — the name from its profile (or its id when there is none), created at its
 * oldest file's time — and the user is told, so they can check the name. Null: not a company.
 */
export function rebuildLostRecord(ws: Workspace, notices: NoticeSink): WorkspaceMeta | null {
  const documents = documentsIn(ws);
  if (documents.length === 0) return null;
  let name: string | null = null;
  for (const entry of ws.registry) {
    if (name || !('spec' in entry) || !entry.spec.companyName || !documents.some((d) => d.name === entry.spec.name)) continue;
    name = entry.spec.companyName(ws.document(entry.spec).get())?.trim() || null;
  }
  const oldest = Math.min(...documents.map((d) => d.mtimeMs));
  // Told before the write, keyed, so a crash in between still leaves exactly one notice.
  notices.add({ kind: 'workspace_recovered', document: 'workspace', movedTo: '', backupTakenAt: null, reason: 'missing' }, `${ws.dir}|workspace_recovered`);
  return ws.meta.rebuild({ id: ws.id, name: name ?? `#${ws.id.slice(0, 8)}`, createdAt: new Date(oldest).toISOString(), isDemo: false });
}
