import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/api/result';
import type { EvidenceView } from '../../../shared/evidence/contract';
import { evidenceDetailsSchema, evidenceLimits, type EvidenceDetails, type Evidence, type FileIntegrity } from '../../../shared/evidence/schema';
import { storageError } from '../../services/store/atomic-write';
import type { Workspace } from '../../services/workspaces';
import { evidenceFolder, evidenceSpec } from './documents';
import type { StagedFile } from './uploads';

export const evidenceDir = (ws: Workspace) => path.join(ws.dir, evidenceFolder);

const filePath = (ws: Workspace, e: Evidence) => (e.file ? path.join(evidenceDir(ws), e.file.storedAs) : null);

export function readEvidence(ws: Workspace): Evidence[] {
  return ws.document(evidenceSpec).get();
}

/** Presence and size only: cheap enough for every list. `verify` re-reads the bytes. */
function quickIntegrity(ws: Workspace, e: Evidence): FileIntegrity | null {
  const file = filePath(ws, e);
  if (!file || !e.file) return null;
  try {
    return fs.statSync(file).size === e.file.bytes ? 'intact' : 'changed';
  } catch {
    return 'missing';
  }
}

function sha256Of(file: string): string | null {
  const hash = createHash('sha256');
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch {
    return null;
  }
  try {
    const buffer = Buffer.allocUnsafe(evidenceLimits.chunkBytes);
    for (let read = fs.readSync(fd, buffer); read > 0; read = fs.readSync(fd, buffer)) hash.update(buffer.subarray(0, read));
    return hash.digest('hex');
  } finally {
    fs.closeSync(fd);
  }
}

export function listEvidence(ws: Workspace, full = false): EvidenceView[] {
  return [...readEvidence(ws)]
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    .map((e) => {
      let integrity = quickIntegrity(ws, e);
      if (full && integrity === 'intact') integrity = sha256Of(filePath(ws, e)!) === e.file!.sha256 ? 'intact' : 'changed';
      return { ...e, integrity };
    });
}

function recordOf(details: EvidenceDetails, now: Date, extra: Pick<Evidence, 'file' | 'url' | 'note'>): Evidence {
  const d = evidenceDetailsSchema.parse(details);
  const at = now.toISOString();
  return { id: randomUUID(), ...d, ...extra, createdAt: at, updatedAt: at };
}

/**
 * Moves a staged file into the evidence folder under its own name, then records it. The company's
 * total is checked first; if the record cannot be saved (full disk) the file is taken back out,
 * so no file is kept that no record names.
 */
export function publishFile(ws: Workspace, staged: StagedFile, details: EvidenceDetails, now: Date): Evidence {
  const used = readEvidence(ws).reduce((sum, e) => sum + (e.file?.bytes ?? 0), 0);
  if (used + staged.bytes > evidenceLimits.companyBytes) {
    fs.rmSync(staged.temp, { force: true });
    throw new AppError('too_large', 'the company evidence limit');
  }
  const { temp, ...file } = staged;
  const record = recordOf(details, now, { file: { originalName: file.originalName, type: file.type, bytes: file.bytes, sha256: file.sha256, storedAs: file.storedAs }, url: '', note: '' });
  const target = path.join(path.dirname(temp), file.storedAs);
  try {
    fs.renameSync(temp, target);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw storageError(error);
  }
  try {
    ws.document(evidenceSpec).update((all) => [...all, record]);
  } catch (error) {
    fs.rmSync(target, { force: true });
    throw error;
  }
  return record;
}

export function addNote(ws: Workspace, details: EvidenceDetails, url: string, note: string, now: Date): Evidence {
  if (!url && !note) throw new AppError('invalid_request', 'a note or a link', [{ path: ['note'], code: 'too_small' }]);
  const record = recordOf(details, now, { file: null, url, note });
  ws.document(evidenceSpec).update((all) => [...all, record]);
  return record;
}

export function updateEvidence(ws: Workspace, id: string, change: (e: Evidence) => Evidence, now: Date): Evidence {
  let updated: Evidence | undefined;
  ws.document(evidenceSpec).update((all) =>
    all.map((e) => {
      if (e.id !== id) return e;
      updated = { ...change(e), updatedAt: now.toISOString() };
      return updated;
    }),
  );
  if (!updated) throw new AppError('not_found', 'evidence');
  return updated;
}

/** The record goes first, then its file: a crash between leaves an unnamed file, never a dangling record. */
export function removeEvidence(ws: Workspace, id: string): void {
  const target = readEvidence(ws).find((e) => e.id === id);
  if (!target) throw new AppError('not_found', 'evidence');
  ws.document(evidenceSpec).update((all) => all.filter((e) => e.id !== id));
  const file = filePath(ws, target);
  if (file) fs.rmSync(file, { force: true });
}
