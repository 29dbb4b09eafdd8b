import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/api/result';
import { recordFieldsSchema, type RecordEntry, type RecordInput } from '../../../shared/records/schema';
import type { Workspace } from '../../services/workspaces';
import { recordsSpec } from './documents';

export function readRecords(ws: Workspace): RecordEntry[] {
  return ws.document(recordsSpec).get();
}

/** Newest first by the day it was done, then by when it was typed. */
export function listRecords(ws: Workspace): RecordEntry[] {
  return [...readRecords(ws)].sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt));
}

export function addRecord(ws: Workspace, input: RecordInput, now: Date): RecordEntry {
  const at = now.toISOString();
  const record: RecordEntry = { ...recordFieldsSchema.parse(input), id: randomUUID(), createdAt: at, updatedAt: at };
  ws.document(recordsSpec).update((all) => [...all, record]);
  return record;
}

export function updateRecord(ws: Workspace, id: string, input: RecordInput, now: Date): RecordEntry {
  const fields = recordFieldsSchema.parse(input);
  let updated: RecordEntry | undefined;
  ws.document(recordsSpec).update((all) =>
    all.map((r) => {
      if (r.id !== id) return r;
      // A training record stays a training record: another kind is another record.
      if (r.kind !== fields.kind) throw new AppError('invalid_request', 'the kind of a record cannot change', [{ path: ['entry', 'kind'], code: 'invalid_value' }]);
      updated = { ...fields, id: r.id, createdAt: r.createdAt, updatedAt: now.toISOString() } as RecordEntry;
      return updated;
    }),
  );
  if (!updated) throw new AppError('not_found', 'record');
  return updated;
}

export function removeRecord(ws: Workspace, id: string): void {
  if (!readRecords(ws).some((r) => r.id === id)) throw new AppError('not_found', 'record');
  ws.document(recordsSpec).update((all) => all.filter((r) => r.id !== id));
}
