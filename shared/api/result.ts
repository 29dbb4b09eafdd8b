/** What crosses the API boundary. Errors carry a language-neutral code the renderer translates. */
export const apiErrorCodes = [
  'invalid_request',
  'unknown_channel',
  'forbidden',
  'not_found',
  'conflict',
  'no_workspace',
  'storage_failed',
  'storage_full',
  'storage_read_only',
  'unsupported_version',
  'invalid_file',
  'wrong_passphrase',
  'too_large',
  'cancelled',
  'unavailable',
  'internal',
] as const;

export type ApiErrorCode = (typeof apiErrorCodes)[number];

/** The codes that mean the disk refused a save (full, read-only): read-only mode follows them. */
export type StorageProblem = 'storage_full' | 'storage_read_only';
export function isStorageProblem(code: string): code is StorageProblem {
  return code === 'storage_full' || code === 'storage_read_only';
}

/** One problem with one field of a request; `code` is zod's issue code, `path` the field path. */
export interface ApiIssue {
  path: (string | number)[];
  code: string;
  message?: string;
}

export interface ApiError {
  code: ApiErrorCode;
  issues?: ApiIssue[];
  /** A short technical detail for logs and support staff; never shown as the main message. */
  detail?: string;
}

/**
 * `changed` (commands only): the topics the command wrote, e.g. `['actions']`; the renderer
 * refreshes the queries that read them. Absent on queries. `opened` (commands only): the company
 * the calling window shows from now on (it created, imported or switched to it).
 */
export type ApiResult<T> = { ok: true; value: T; changed?: string[]; opened?: string } | { ok: false; error: ApiError };

/** Thrown by services to end a request with a specific code; anything else becomes `internal`. */
export class AppError extends Error {
  readonly code: ApiErrorCode;
  readonly issues: ApiIssue[] | undefined;
  constructor(code: ApiErrorCode, detail?: string, issues?: ApiIssue[]) {
    super(detail ?? code);
    this.name = 'AppError';
    this.code = code;
    this.issues = issues;
  }
}

export function isApiResult(value: unknown): value is ApiResult<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { ok?: unknown; error?: { code?: unknown } };
  if (v.ok === true) return 'value' in v;
  return v.ok === false && typeof v.error?.code === 'string';
}
