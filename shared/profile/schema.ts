import { z } from 'zod';
import { isoDate, optionalText, shortText, wholeCount } from '../schemas/common';
import { industries, prefectures } from './options';

export const systemKeys = [
  'pcs',
  'phones',
  'servers',
  'wifi',
  'website',
  'onlineShop',
  'cloud',
  'cardPayments',
] as const;
export type SystemKey = (typeof systemKeys)[number];

const optionalDate = z.union([isoDate, z.literal('')]).default('');

/** The company profile (product.md §1). Only the name is required; everything else can wait. */
export const companyProfileSchema = z
  .object({
    name: shortText.min(1, { error: 'required' }),
    industry: z.union([z.enum(industries), z.literal('')]).default(''),
    employees: wholeCount.max(100_000).nullable().default(null),
    prefecture: z.union([z.enum(prefectures), z.literal('')]).default(''),
    representative: optionalText,
    itContact: optionalText,
    systems: z.array(z.enum(systemKeys)).max(systemKeys.length).default([]),
    personalData: z
      .object({
        /** null = not answered yet: printed as 未回答, never as "does not handle". */
        handles: z.boolean().nullable().default(null),
        approxPeople: wholeCount.nullable().default(null),
        sensitive: z.boolean().default(false),
      })
      .strict()
      .default({ handles: null, approxPeople: null, sensitive: false }),
    securityService: z
      .object({ name: optionalText, contractId: optionalText })
      .strict()
      .default({ name: '', contractId: '' }),
    insurance: z
      .object({
        insurer: optionalText,
        policyNumber: optionalText,
        periodFrom: optionalDate,
        periodTo: optionalDate,
      })
      .strict()
      .default({ insurer: '', policyNumber: '', periodFrom: '', periodTo: '' }),
  })
  .strict()
  .refine((p) => !p.insurance.periodFrom || !p.insurance.periodTo || p.insurance.periodFrom <= p.insurance.periodTo, {
    path: ['insurance', 'periodTo'],
    message: 'period_end_before_start',
  });

export type CompanyProfile = z.output<typeof companyProfileSchema>;
export type CompanyProfileInput = z.input<typeof companyProfileSchema>;

/** A blank profile for the first-run form (not valid until a name is typed). */
export function emptyProfile(): CompanyProfile {
  return {
    name: '',
    industry: '',
    employees: null,
    prefecture: '',
    representative: '',
    itContact: '',
    systems: [],
    personalData: { handles: null, approxPeople: null, sensitive: false },
    securityService: { name: '', contractId: '' },
    insurance: { insurer: '', policyNumber: '', periodFrom: '', periodTo: '' },
  };
}
