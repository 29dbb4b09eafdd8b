import { z } from 'zod';
import { normaliseWidth } from './phone';
import { id, isoDate, optionalLongText, optionalText, shortText } from '../schemas/common';

export const contactRoles = [
  'itVendor',
  'securityService',
  'insurer',
  'police',
  'ipa',
  'ppc',
  'lawyer',
  'webHost',
  'isp',
  'bank',
  'internal',
  'other',
] as const;
export type ContactRole = (typeof contactRoles)[number];

export const contactPhoneSchema = z
  .object({
    /** e.g. 平日日中 / 夜間・休日 */
    label: optionalText,
    // Full-width digits are made half-width here, so the form and the back end store the same.
    number: z.string().overwrite(normaliseWidth).trim().min(1, { error: 'required' }).max(40),
  })
  .strict();

/** One entry of the contacts directory (product.md §4). */
export const contactSchema = z
  .object({
    id,
    role: z.enum(contactRoles),
    organisation: shortText.min(1, { error: 'required' }),
    person: optionalText,
    phones: z.array(contactPhoneSchema).max(10).default([]),
    email: z
      .string()
      .overwrite(normaliseWidth)
      .trim()
      .max(254)
      .refine((value) => value === '' || z.email().safeParse(value).success, { error: 'invalid_email' })
      .default(''),
    hours: optionalText,
    contractNumber: optionalText,
    notes: optionalLongText,
    /** Position in the emergency calling order; null = not on the emergency card. */
    callOrder: z.number().int().min(1).max(999).nullable().default(null),
    lastCheckedAt: z.union([isoDate, z.literal('')]).default(''),
    /** Set for public bodies that came preset: which preset, and when its facts were last confirmed. */
    preset: z.object({ key: z.string().max(64), confirmedAt: isoDate }).strict().nullable().default(null),
  })
  .strict();
export type Contact = z.output<typeof contactSchema>;

/** What the form sends: a new contact has no id yet; the back end gives it one. */
export const contactInputSchema = contactSchema.extend({ id: id.optional() });
export type ContactInput = z.input<typeof contactInputSchema>;
export type ContactDraft = z.output<typeof contactInputSchema>;
