import { z } from 'zod';
import { id, isoDateTime } from '../../schemas/common';
import { languageSchema } from '../../settings/schema';
import { controlStates, insurerControlIds } from './controls';

/** A saved insurer pack's digest (see InsurerPackDigest): validated when stored and imported. */
export const insurerPackDigestSchema = z
  .object({
    givenAt: isoDateTime,
    fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
    controls: z.partialRecord(z.enum(insurerControlIds), z.enum(controlStates)),
    incidentIds: z.array(id).max(5000),
  })
  .strict();

/** The summary feature's own document: the insurer packs given, newest last (a few kept). */
export const insurerPacksSchema = z.array(insurerPackDigestSchema).max(20);
export const keptInsurerPacks = 20;

/** After saving an insurer PDF: remember it, if the data is still what the PDF was made from. */
export const rememberInsurerPackRequest = z
  .object({
    /** The short fingerprint printed on the PDF (GeneratedFile.fingerprint). */
    fingerprint: z.string().min(4).max(64),
    language: languageSchema,
  })
  .strict();
