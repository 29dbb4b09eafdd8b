import { z } from 'zod';
import { workspaceIdField, type EndpointScope } from '../../shared/api/endpoint';
import type { ApiIssue } from '../../shared/api/result';
import { id } from '../../shared/schemas/common';

/**
 * Takes the company's id out of a company-scoped request before its own schema sees it. The id
 * is required (as `null` for a `workspace-or-none` call before any company exists), so a client
 * that forgot it is refused rather than sent to some default company.
 */
export type ScopedPayload = { ok: true; workspaceId: string | null; rest: unknown } | { ok: false; issues: ApiIssue[] };

const requiredId = z.object({ [workspaceIdField]: id });
const idOrNull = z.object({ [workspaceIdField]: id.nullable() });

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function splitWorkspaceId(scope: EndpointScope, payload: unknown): ScopedPayload {
  if (scope === 'app') return { ok: true, workspaceId: null, rest: payload };
  const record = isPlainObject(payload) ? payload : {};
  const named = record[workspaceIdField];
  const valid = (scope === 'workspace' ? requiredId : idOrNull).safeParse({ [workspaceIdField]: typeof named === 'object' && named !== null ? 0 : named }).success;
  if (!valid) return { ok: false, issues: [{ path: [workspaceIdField], code: 'invalid_workspace_id' }] };
  const { [workspaceIdField]: _named, ...rest } = record;
  return { ok: true, workspaceId: typeof named === 'string' ? named : null, rest: isPlainObject(payload) ? rest : payload };
}
