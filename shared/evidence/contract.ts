import { z } from 'zod';
import { command, query } from '../api/endpoint';
import { byId, id, longText, noInput, shortText } from '../schemas/common';
import { claimRefSchema, evidenceDetailsSchema, evidenceLimits, evidenceUrl, type ClaimRef, type Evidence, type FileIntegrity } from './schema';

/** A piece of evidence as listed: its record, and whether its file is still as it was copied. */
export type EvidenceView = Evidence & { integrity: FileIntegrity | null };

const token = z.uuid();

export const evidenceContract = {
  /** Every piece of evidence, newest first, with a quick file check (size and presence). */
  list: query<EvidenceView[]>()(noInput, { reads: ['evidence'] }),
  /** Reads every file again and compares its SHA-256 with the one taken while copying. */
  verify: query<EvidenceView[]>()(noInput, { reads: ['evidence'] }),
  /** Starts a file upload; the size is checked against the limits before any byte is sent. */
  beginUpload: command<{ token: string }>()(
    z.object({ originalName: shortText.min(1), bytes: z.number().int().min(1).max(evidenceLimits.fileBytes) }).strict(),
  ),
  /** One chunk (base64, at most 1 MiB of bytes) at its offset, in order. */
  uploadChunk: command<{ received: number }>()(
    z.object({ token, offset: z.number().int().min(0), base64: z.string().max(Math.ceil(evidenceLimits.chunkBytes / 3) * 4).regex(/^[A-Za-z0-9+/]*={0,2}$/) }).strict(),
  ),
  cancelUpload: command<null>()(z.object({ token }).strict()),
  /** Publishes an uploaded file as evidence with what it proves. */
  attachFile: command<Evidence>()(z.object({ token, details: evidenceDetailsSchema }).strict()),
  /** Evidence without a file: a note and/or a link. */
  addNote: command<Evidence>()(z.object({ details: evidenceDetailsSchema, url: evidenceUrl.default(''), note: longText.default('') }).strict()),
  update: command<Evidence>()(z.object({ id, details: evidenceDetailsSchema }).strict()),
  /** Adds or removes one claim a piece of evidence supports. */
  link: command<Evidence>()(z.object({ id, claim: claimRefSchema, linked: z.boolean() }).strict()),
  /** The claims that would be left without evidence: what the delete dialog shows first. */
  removalImpact: query<ClaimRef[]>()(byId, { reads: ['evidence'] }),
  remove: command<null>()(byId),
};
