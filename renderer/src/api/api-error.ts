import type { ApiError, ApiErrorCode, ApiIssue } from '../../../shared/api/result';

/** A failed API call, thrown by the client so React Query and forms can handle it uniformly. */
export class ApiCallError extends Error {
  readonly code: ApiErrorCode | 'network';
  readonly issues: ApiIssue[];
  constructor(error: ApiError | { code: 'network'; detail?: string }) {
    super(('detail' in error && error.detail) || error.code);
    this.name = 'ApiCallError';
    this.code = error.code;
    this.issues = 'issues' in error && error.issues ? error.issues : [];
  }
}
