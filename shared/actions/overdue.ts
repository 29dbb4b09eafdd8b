import type { ActionItem } from './schema';

/** Due dates are calendar days, compared with the user's own (local) today. */
export function isOverdue(action: ActionItem, today: string): boolean {
  return action.status !== 'done' && action.dueDate !== '' && action.dueDate < today;
}
