import { restoreResults, reviewTopics, trainingMethods, type RecordKind } from '../../../../shared/records/schema';

/** One field of a record form: its name in the schema, how it is typed, and its choices. */
export interface RecordField {
  name: string;
  input: 'text' | 'textarea' | 'select';
  required?: boolean;
  /** For a select: the values and the text namespace key their labels sit under. */
  options?: { values: readonly string[]; labels: 'methods' | 'results' | 'topics' };
}

/** What each kind of record asks for, in the order of the form (the date comes first, always). */
export const recordFields: Record<RecordKind, RecordField[]> = {
  training: [
    { name: 'content', input: 'text', required: true },
    { name: 'method', input: 'select', options: { values: trainingMethods, labels: 'methods' } },
    { name: 'attendees', input: 'text' },
    { name: 'note', input: 'textarea' },
  ],
  restoreTest: [
    { name: 'restored', input: 'text', required: true },
    { name: 'result', input: 'select', required: true, options: { values: restoreResults, labels: 'results' } },
    { name: 'note', input: 'textarea' },
  ],
  drill: [
    { name: 'scenario', input: 'text', required: true },
    { name: 'participants', input: 'text' },
    { name: 'findings', input: 'textarea' },
  ],
  review: [
    { name: 'topic', input: 'select', required: true, options: { values: reviewTopics, labels: 'topics' } },
    { name: 'outcome', input: 'textarea' },
  ],
};

/** A new record's starting values: today, and a choice only where one is the usual answer. */
export function blankRecord(kind: RecordKind, today: string): Record<string, string> {
  const values: Record<string, string> = { kind, date: today };
  for (const field of recordFields[kind]) values[field.name] = '';
  if (kind === 'training') values.method = 'group';
  if (kind === 'review') values.topic = 'policy';
  return values;
}

/** The label key of a field: its kind's own, or the shared 「メモ」. */
export function fieldLabelKey(kind: RecordKind, name: string): string {
  return name === 'note' ? 'note' : `${kind}.${name}`;
}
