import type { ApiError, ApiErrorCode, ApiIssue } from '../../../shared/api/result';

/** A failed API call, thrown by the client so React Query and forms can handle it uniformly. */
export class ApiCallError extends Error {
  readonly code: ApiErrorCode;
  readonly issues: ApiIssue[];
  constructor(error: ApiError) {
    super(error.detail || error.code);
    this.name = 'ApiCallError';
    this.code = error.code;
    this.issues = error.issues ?? [];
  }
}
