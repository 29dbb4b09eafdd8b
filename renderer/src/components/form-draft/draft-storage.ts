import { useCallback, useState } from 'react';

/**
 * Drafts of forms, kept in the window's localStorage (UI state, not company data: the Electron
 * window and the browser host both have one). Keyed by company and form, so one company's draft
 * never shows in another's form. Storage can refuse (quota, private mode): then there is no draft.
 */
const prefix = 'otasuke.draft.';

export const draftKey = (companyId: string, form: string) => `${prefix}${companyId}.${form}`;

export function readDraft<T>(key: string): T | null {
  try {
    const raw = localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as { values: T }).values : null;
  } catch {
    return null;
  }
}

export function writeDraft(key: string, values: unknown): void {
  try {
    localStorage.setItem(key, JSON.stringify({ savedAt: new Date().toISOString(), values }));
  } catch {
    // Refused: the form still works, only the draft is not kept.
  }
}

export function removeDraft(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // Nothing to do.
  }
}

/** A value outside a form (e.g. checklist ticks before the record exists), kept like a draft. */
export function useDraftValue<T>(key: string, initial: T): [T, (value: T) => void, () => void] {
  const [value, setValue] = useState<T>(() => readDraft<T>(key) ?? initial);
  const set = useCallback(
    (next: T) => {
      setValue(next);
      writeDraft(key, next);
    },
    [key],
  );
  const clear = useCallback(() => removeDraft(key), [key]);
  return [value, set, clear];
}
