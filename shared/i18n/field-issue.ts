/**
 * Turns one zod issue into a sentence of our own, in the user's language, naming the limit or the
 * fix. Library wording ("Too small: expected number to be >=0") never reaches a user: every branch
 * ends in a key of `errors:field`. Pure (no zod import): the renderer installs it as zod's
 * customError, tests call it directly.
 */

/** The parts of a zod v4 raw issue we read; the rest is ignored. */
export interface FieldIssue {
  code: string;
  input?: unknown;
  path?: readonly PropertyKey[];
  origin?: string;
  expected?: string;
  format?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
}

/** A lookup into the `errors` namespace; `exists` says whether a subject name is known. */
export interface FieldText {
  t: (key: string, params?: Record<string, string | number>) => string;
  exists: (key: string) => boolean;
  /** Formats a count the way the language writes it (5,234). */
  count: (value: number) => string;
}

const isEmpty = (input: unknown) => input === undefined || input === null || (typeof input === 'string' && input.trim() === '');

/** The field named in words (「人数」), if we have a name for the last key of the path. */
function subjectOf(issue: FieldIssue, text: FieldText): string | undefined {
  const last = [...(issue.path ?? [])].reverse().find((part) => typeof part === 'string');
  const key = `field.subject.${String(last)}`;
  return last !== undefined && text.exists(key) ? text.t(key) : undefined;
}

/** With a subject: 「人数は…」; without: the plain sentence. */
function say(text: FieldText, key: string, subject: string | undefined, params: Record<string, string | number> = {}): string {
  return subject ? text.t(`field.${key}_of`, { ...params, subject }) : text.t(`field.${key}`, params);
}

function sizeMessage(issue: FieldIssue, text: FieldText, subject: string | undefined): string {
  const big = issue.code === 'too_big';
  const limit = Number(big ? issue.maximum : issue.minimum);
  const bound = big ? 'max' : 'min';
  if (issue.origin === 'string') {
    if (!big && limit <= 1) return text.t('field.required');
    const length = typeof issue.input === 'string' ? [...issue.input].length : 0;
    return text.t(`field.string_${bound}`, { limit: text.count(limit), length: text.count(length) });
  }
  if (issue.origin === 'array' || issue.origin === 'set') {
    return !big && limit <= 1 ? text.t('field.chooseAtLeastOne') : text.t(`field.array_${bound}`, { limit: text.count(limit) });
  }
  if (issue.origin === 'date') return text.t(`field.date_${bound}`);
  return say(text, `number_${bound}`, subject, { limit: text.count(limit) });
}

function typeMessage(issue: FieldIssue, text: FieldText, subject: string | undefined): string {
  if (issue.expected === 'int' && typeof issue.input === 'number' && Number.isFinite(issue.input)) return say(text, 'whole_number', subject);
  if (isEmpty(issue.input)) return text.t('field.required');
  if (issue.expected === 'number' || issue.expected === 'int') return say(text, 'a_number', subject);
  return text.t('field.generic');
}

function formatMessage(issue: FieldIssue, text: FieldText): string {
  if (isEmpty(issue.input)) return text.t('field.required');
  if (issue.format === 'date' || issue.format === 'datetime') return text.t('field.bad_date');
  if (issue.format === 'email') return text.t('field.invalid_email');
  return text.t('field.invalid_format');
}

export function fieldIssueMessage(issue: FieldIssue, text: FieldText): string {
  const subject = subjectOf(issue, text);
  switch (issue.code) {
    case 'too_big':
    case 'too_small':
      return sizeMessage(issue, text, subject);
    case 'invalid_type':
      return typeMessage(issue, text, subject);
    case 'invalid_format':
      return formatMessage(issue, text);
    case 'invalid_value':
      return isEmpty(issue.input) ? text.t('field.required') : text.t('field.invalid_value');
    default:
      return text.t('field.generic');
  }
}
