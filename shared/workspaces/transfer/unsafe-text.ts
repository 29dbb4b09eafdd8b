/**
 * Characters that have no place in a name or a note and can mislead: C0 controls (NUL …, but
 * not tab and line breaks), DEL, C1 controls, and the bidi embeddings, overrides and isolates
 * that make `exe.txt` show as `txt.exe`. Pure: used by import checks and export file names.
 */
const unsafeClass = '\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069';
const unsafeText = new RegExp(`[${unsafeClass}]`);
/** In names even tab and line breaks are out of place. */
const unsafeName = new RegExp(`[\\t\\n\\r${unsafeClass}]`);

export function hasUnsafeText(text: string, inName = false): boolean {
  return (inName ? unsafeName : unsafeText).test(text);
}

/** The text with every unsafe character (tab and line breaks included) removed. */
export function stripUnsafeText(text: string): string {
  return text.replace(new RegExp(unsafeName.source, 'g'), '');
}

/** Keys whose value is something's name, held to the stricter rule. */
const nameKeys = new Set(['name', 'title', 'company', 'organization', 'person']);

/**
 * The path of the first string under `value` that holds an unsafe character, or null.
 * Keys are checked too: a key is shown as a label in places.
 */
export function findUnsafeText(value: unknown, path: (string | number)[] = [], inName = false): (string | number)[] | null {
  if (typeof value === 'string') return hasUnsafeText(value, inName) ? path : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      const found = findUnsafeText(value[i], [...path, i], inName);
      if (found) return found;
    }
    return null;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      if (hasUnsafeText(key, true)) return [...path, key];
      const found = findUnsafeText(child, [...path, key], nameKeys.has(key));
      if (found) return found;
    }
  }
  return null;
}
