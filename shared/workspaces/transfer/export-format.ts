import { z } from 'zod';
import { isoDateTime } from '../../schemas/common';
import { workspaceMetaSchema, type WorkspaceMeta } from '../../settings/schema';
import type { JsonLimits } from './safe-json';
import { stripUnsafeText } from './unsafe-text';
import { localDay } from '../../dates/local-day';

/**
 * The one-file export of a workspace (`.otasuke`). Also read by the summary command line:
 * see electron/features/workspaces/transfer/read-export.ts. Layout:
 *
 *   { format: "otasuke-desk-export", formatVersion, appVersion, exportedAt,
 *     encryption: null, payload: { meta, documents: { <file name>: { schemaVersion, data } } } }
 * or, encrypted with a passphrase,
 *   { format, formatVersion, appVersion, exportedAt,
 *     encryption: { cipher: "aes-256-gcm", kdf: "scrypt", N, r, p, salt, iv, keyCheck },
 *     ciphertext, tag }
 * where the ciphertext is the payload's JSON and everything except ciphertext and tag is bound to
 * it as additional authenticated data (RFC 8785 canonical JSON), so changing any byte is detected.
 */
export const exportFormatName = 'otasuke-desk-export';
export const currentFormatVersion = 1;
export const exportFileExtension = 'otasuke';
export const maxExportBytes = 50 * 1024 * 1024;

/** What a decrypted payload may contain: generous for real data, far below what hurts. */
export const payloadLimits: JsonLimits = { maxDepth: 32, maxKeys: 500_000, maxStringLength: 100_000 };
/** The outer envelope holds the ciphertext as one long base64 string. */
export const envelopeLimits: JsonLimits = {
  maxDepth: payloadLimits.maxDepth + 2,
  maxKeys: payloadLimits.maxKeys + 64,
  maxStringLength: Math.ceil((maxExportBytes * 4) / 3) + 8,
};

/** `<company>-2026-11-25.otasuke`: no character a file system refuses, no control or bidi character. */
export function exportFileName(company: string, now: Date): string {
  const safe = stripUnsafeText(company).replace(/[\\/:*?"<>|]/g, '_').trim().slice(0, 80) || 'workspace';
  return `${safe}-${localDay(now)}.${exportFileExtension}`;
}

const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);
/**
 * N, r and p are only numbers here: kdf-params.ts judges them, so a header asking scrypt for
 * gigabytes gets its own answer (`kdf_too_costly`) instead of "not our format".
 */
export const encryptionHeaderSchema = z
  .object({
    cipher: z.literal('aes-256-gcm'),
    kdf: z.literal('scrypt'),
    N: z.number(),
    r: z.number(),
    p: z.number(),
    salt: base64.max(64),
    iv: base64.max(32),
    keyCheck: base64.max(64),
  })
  .strict();
export type EncryptionHeader = z.infer<typeof encryptionHeaderSchema>;

/** Just enough to decide what the rest is: checked before anything else. */
export const envelopeHeadSchema = z.object({ format: z.string().max(100), formatVersion: z.number().int() });

const commonHeader = {
  format: z.literal(exportFormatName),
  formatVersion: z.number().int().min(1),
  appVersion: z.string().max(50),
  exportedAt: isoDateTime,
};
export const plainEnvelopeSchema = z.object({ ...commonHeader, encryption: z.null(), payload: z.unknown() }).strict();
export const encryptedEnvelopeSchema = z
  .object({ ...commonHeader, encryption: encryptionHeaderSchema, ciphertext: base64, tag: base64.max(32) })
  .strict();
export type EncryptedEnvelope = z.infer<typeof encryptedEnvelopeSchema>;

export const storedDocumentSchema = z.object({ schemaVersion: z.number().int().min(1), data: z.unknown() }).strict();
/** File names as the registry knows them: lower-case words and digits joined by hyphens. */
export const documentNameSchema = z.string().regex(/^[a-z][a-z0-9-]{0,63}$/);
export const payloadSchema = z
  .object({
    meta: workspaceMetaSchema,
    documents: z.record(documentNameSchema, storedDocumentSchema),
  })
  .strict();

/** What the user sees before deciding to import (or restore). */
export interface ExportPreview {
  company: string;
  isDemo: boolean;
  createdAt: string;
  exportedAt: string;
  appVersion: string;
  formatVersion: number;
  encrypted: boolean;
  /** Number of records per kind of document (a list counts its items, a single record 1). */
  counts: Record<string, number>;
  fingerprint: string;
}

export interface ExportedWorkspace {
  meta: WorkspaceMeta;
  /** Validated, migrated documents by file name. */
  documents: Record<string, unknown>;
}
