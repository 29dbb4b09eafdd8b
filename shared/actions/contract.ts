import type { z } from 'zod';
import { command, query } from '../api/endpoint';
import { byId, id, noInput } from '../schemas/common';
import { newActionSchema, type ActionItem } from './schema';

export const actionUpdateSchema = newActionSchema.extend({ id }).strict();

export const actionsContract = {
  /** The whole action plan (self-check, incident and manual actions). */
  list: query<ActionItem[]>()(noInput, { reads: ['actions'] }),
  create: command<ActionItem>()(newActionSchema),
  /** Replaces every editable field (omitted ones take their defaults, source included); id and createdAt stay. */
  update: command<ActionItem>()(actionUpdateSchema),
  remove: command<null>()(byId),
};
export type ActionUpdate = z.input<typeof actionUpdateSchema>;
