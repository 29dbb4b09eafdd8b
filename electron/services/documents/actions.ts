import { z } from 'zod';
import { actionItemSchema, type ActionItem } from '../../../shared/schemas/action';
import type { DocumentSpec } from '../store/document-spec';

/** The action plan of one workspace (owned by the self-check feature; incidents add to it). */
export const actionsSpec: DocumentSpec<ActionItem[]> = {
  name: 'actions',
  schema: z.array(actionItemSchema).max(2000),
  version: 1,
  empty: () => [],
};
