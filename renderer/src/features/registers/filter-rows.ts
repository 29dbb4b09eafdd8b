import type { FieldSpec } from '../../../../shared/registers/fields';
import type { RegisterEntry } from '../../../../shared/registers/schema';

/** Each row's text as shown, joined, half-width and lower case: what the filter looks through. */
export function searchIndex(fields: FieldSpec[], entries: RegisterEntry[], cellText: (f: FieldSpec, e: RegisterEntry) => string): string[] {
  return entries.map((entry) => fields.map((f) => cellText(f, entry)).join('\u0000').normalize('NFKC').toLowerCase());
}

/** The rows holding every word typed (full-width and upper case match too), in their order. */
export function filterRows(entries: RegisterEntry[], index: string[], typed: string): RegisterEntry[] {
  const words = typed.normalize('NFKC').toLowerCase().split(/\s+/).filter(Boolean);
  return words.length ? entries.filter((_, i) => words.every((w) => index[i]!.includes(w))) : entries;
}
