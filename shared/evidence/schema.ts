import { z } from 'zod';
import { id, isoDate, isoDateTime, optionalLongText, optionalText, shortText } from '../schemas/common';

/** What a piece of evidence can support: anything in the app that claims something. */
export const claimKinds = ['selfCheckAnswer', 'action', 'incident', 'registerEntry', 'record', 'scsCriterion'] as const;
export type ClaimKind = (typeof claimKinds)[number];

/** One claim a piece of evidence supports, e.g. the answer to q11 or action 7f3… */
export const claimRefSchema = z
  .object({
    kind: z.enum(claimKinds),
    // A self-check question id (q01…q25) or a record id.
    id: z.string().regex(/^[A-Za-z0-9_-]{2,64}$/),
  })
  .strict();
export type ClaimRef = z.infer<typeof claimRefSchema>;

/** The file types evidence may be, decided from the file's first bytes, never from its name. */
export const evidenceFileTypes = ['png', 'jpeg', 'gif', 'webp', 'pdf', 'office', 'text'] as const;
export type EvidenceFileType = (typeof evidenceFileTypes)[number];

/** The limits, in bytes, of one file and of all of one company's evidence files. */
export const evidenceLimits = { fileBytes: 50 * 1024 * 1024, companyBytes: 500 * 1024 * 1024, chunkBytes: 1024 * 1024 } as const;

/** A link kept as a note: parsed, and only http(s) (never file:, javascript: or data:). */
export const evidenceUrl = z
  .string()
  .trim()
  .max(2000)
  .refine((value) => {
    if (value === '') return true;
    try {
      const url = new URL(value);
      return url.protocol === 'https:' || url.protocol === 'http:';
    } catch {
      return false;
    }
  }, 'url');

/** What the owner says about a piece of evidence (the same for a file and a note). */
export const evidenceDetailsSchema = z
  .object({
    title: shortText.min(1),
    /** What it proves, in the owner's words. */
    proves: optionalText,
    /** The day it applies to (the day of the screenshot, the contract date). */
    appliesOn: isoDate,
    providedBy: optionalText,
    /** After this day it no longer proves anything (or must be looked at again). */
    reviewBy: isoDate.nullable().default(null),
    claims: z.array(claimRefSchema).max(100).default([]),
  })
  .strict()
  .refine((d) => d.reviewBy === null || d.reviewBy >= d.appliesOn, { path: ['reviewBy'], message: 'review_before_applies' });
export type EvidenceDetails = z.input<typeof evidenceDetailsSchema>;

export const storedFileSchema = z
  .object({
    /** The name the owner's file had, for display only (never used as a path). */
    originalName: shortText,
    type: z.enum(evidenceFileTypes),
    bytes: z.number().int().min(1).max(evidenceLimits.fileBytes),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    /** The file's name inside the company's evidence folder: our own, never the owner's. */
    storedAs: z.string().regex(/^[0-9a-f-]{36}$/),
  })
  .strict();

export const evidenceSchema = z
  .object({
    id,
    title: shortText.min(1),
    proves: optionalText,
    appliesOn: isoDate,
    providedBy: optionalText,
    reviewBy: isoDate.nullable(),
    claims: z.array(claimRefSchema).max(100),
    file: storedFileSchema.nullable(),
    url: evidenceUrl.default(''),
    note: optionalLongText,
    createdAt: isoDateTime,
    updatedAt: isoDateTime,
  })
  .strict();
export type Evidence = z.infer<typeof evidenceSchema>;

/** What the integrity check found for a file: as copied, changed since, or gone. */
export type FileIntegrity = 'intact' | 'changed' | 'missing';
