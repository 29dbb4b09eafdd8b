import { z } from 'zod';
import { provenWeaknessSchema, type ProvenWeakness } from '../../../shared/self-check/weakness';
import type { DocumentSpec } from '../../services/store/document-spec';

/** Self-check questions that incidents proved weak (written by incidents, read by self-check). */
export const weaknessesSpec: DocumentSpec<ProvenWeakness[]> = {
  name: 'weaknesses',
  schema: z.array(provenWeaknessSchema).max(5000),
  version: 1,
  empty: () => [],
};
