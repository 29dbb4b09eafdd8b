import { z } from 'zod';

/** Limits keep one record from bloating a store file that is rewritten on every change. */
export const limits = {
  shortText: 200,
  longText: 5000,
  listItems: 500,
} as const;

export const shortText = z.string().trim().max(limits.shortText);
export const longText = z.string().trim().max(limits.longText);
/** An optional short text: empty input is stored as an empty string, not rejected. */
export const optionalText = shortText.default('');
export const optionalLongText = longText.default('');

/** A calendar date as `YYYY-MM-DD` that really exists (no 2月30日). */
export const isoDate = z.iso.date();
/** A moment as an ISO string with offset, e.g. 2026-11-25T10:00:00.000Z. */
export const isoDateTime = z.iso.datetime({ offset: true });

export const id = z.string().regex(/^[A-Za-z0-9_-]{6,64}$/);

export const wholeCount = z.number().int().min(0).max(1_000_000_000);

/** The request of an endpoint that takes nothing. */
export const noInput = z.object({}).strict();
export const byId = z.object({ id }).strict();
