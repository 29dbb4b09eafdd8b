import i18next from 'i18next';
import type { z } from 'zod';
import { fieldIssueMessage, type FieldIssue } from '../../../shared/i18n/field-issue';

/**
 * zod's customError: every form message comes from our `errors:field` texts in the current
 * language (read at the moment of the error, so a language switch needs no re-install). A schema's
 * own message (e.g. `{ error: 'required' }`) still wins; FormField translates such codes.
 */
export const ourZodMessages: z.core.$ZodErrorMap = (issue) =>
  fieldIssueMessage(issue as unknown as FieldIssue, {
    t: (key, params) => i18next.t(`errors:${key}` as 'errors:field.generic', params ?? {}),
    exists: (key) => i18next.exists(`errors:${key}`),
    count: (value) => value.toLocaleString(i18next.language === 'en' ? 'en-US' : 'ja-JP'),
  });
