import type { z } from 'zod';
import { endpoint } from '../endpoint';
import { byId, id, noInput } from '../../schemas/common';
import { newActionSchema, type ActionItem } from '../../schemas/action';

export const actionUpdateSchema = newActionSchema.extend({ id }).strict();

export const actionsContract = {
  /** The whole action plan (self-check, incident and manual actions). */
  list: endpoint<ActionItem[]>()(noInput),
  create: endpoint<ActionItem>()(newActionSchema),
  /** Replaces every editable field (omitted ones take their defaults, source included); id and createdAt stay. */
  update: endpoint<ActionItem>()(actionUpdateSchema),
  remove: endpoint<null>()(byId),
};
export type ActionUpdate = z.input<typeof actionUpdateSchema>;
