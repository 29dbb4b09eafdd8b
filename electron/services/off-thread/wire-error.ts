import { AppError, type ApiErrorCode, type ApiIssue } from '../../../shared/api/result';

/** An error as it crosses a thread or process boundary: an AppError keeps its code and issues. */
export type WireError = { app: { code: ApiErrorCode; detail: string; issues?: ApiIssue[] | undefined } } | { message: string };

export function toWireError(error: unknown): WireError {
  if (error instanceof AppError) return { app: { code: error.code, detail: error.message, issues: error.issues } };
  return { message: error instanceof Error ? error.message : String(error) };
}

/** The AppError back as the handler threw it (so the dispatch answers with its code), or a plain Error. */
export function fromWireError(wire: WireError): Error {
  if ('app' in wire) return new AppError(wire.app.code, wire.app.detail, wire.app.issues);
  return new Error(wire.message);
}
