import { z } from 'zod';
import { actionItemSchema, type ActionItem } from '../../../shared/actions/schema';
import type { DocumentSpec } from '../../services/store/document-spec';

/** The action plan of one workspace (owned by the self-check feature; incidents add to it). */
export const actionsSpec: DocumentSpec<ActionItem[]> = {
  name: 'actions',
  schema: z.array(actionItemSchema).max(2000),
  version: 1,
  empty: () => [],
};
