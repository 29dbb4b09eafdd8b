import { randomUUID } from 'node:crypto';
import { newActionSchema, type ActionItem, type NewAction } from '../../../shared/actions/schema';
import { actionsSpec } from './documents';
import type { Workspace } from '../../services/workspaces';

/**
 * The actions feature's public write: every action (manual, self-check or made from an incident)
 * is created here, so ids, timestamps and defaults follow one rule.
 */
export function addAction(ws: Workspace, input: NewAction, now: Date): ActionItem {
  const at = now.toISOString();
  const created: ActionItem = { ...newActionSchema.parse(input), id: randomUUID(), createdAt: at, updatedAt: at };
  ws.document(actionsSpec).update((all) => [...all, created]);
  return created;
}
