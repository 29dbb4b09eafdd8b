import { z } from 'zod';

/** A file the back end made for the user (PDF, CSV, JSON export), sent to the renderer. */
export interface GeneratedFile {
  fileName: string;
  mimeType: string;
  base64: string;
  /** Short SHA-256 of the data the file was made from, where that applies. */
  fingerprint: string | null;
}

/** The spreadsheets of the insurer pack (.xlsx). */
export const xlsxMimeType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** The obligations calendar (.ics). */
export const icsMimeType = 'text/calendar';

const maxBase64Length = 48 * 1024 * 1024;
const safeFileName = z
  .string()
  .min(1)
  .max(120)
  // A bare name: no folders, no control characters, one of the extensions we produce.
  .regex(/^[^\\/:*?"<>|\u0000-\u001f]+\.(pdf|csv|json|otasuke|xlsx|ics|parquet)$/i, { error: 'invalid_format' });

/** Asking the host to save a generated file where the user chooses (Electron's save dialog). */
export const saveFileRequestSchema = z
  .object({
    fileName: safeFileName,
    mimeType: z.enum(['application/pdf', 'text/csv', 'application/json', 'application/octet-stream', xlsxMimeType, icsMimeType]),
    base64: z.string().max(maxBase64Length).regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'invalid_format' }),
  })
  .strict();
export type SaveFileRequest = z.input<typeof saveFileRequestSchema>;

/** Where it was saved, or null when the user cancelled. */
export interface SaveFileResult {
  path: string | null;
}
