import { demoEvidence } from '../../../shared/evidence/demo';
import type { Workspace } from '../../services/workspaces';
import { addNote, evidenceDir, publishFile } from './repository';
import { EvidenceUploads } from './uploads';

/** Seeds the demo company's evidence through the same copy, hash and record path as the app. */
export function seedEvidence(ws: Workspace, today: Date): void {
  const { file, notes } = demoEvidence(today);
  const uploads = new EvidenceUploads();
  const bytes = Buffer.from(file.text, 'utf8');
  const token = uploads.begin(ws.id, evidenceDir(ws), file.name, bytes.length);
  uploads.append(ws.id, token, 0, bytes);
  publishFile(ws, uploads.finish(ws.id, token), file.details, today);
  for (const note of notes) addNote(ws, note.details, note.url, note.note, today);
}
