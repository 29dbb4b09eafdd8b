import { useCallback, useEffect, useRef, useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useWindowWorkspaceId } from '../../api/use-app-queries';
import { draftKey, readDraft, removeDraft, writeDraft } from './draft-storage';
import { useLeaveGuard } from './use-leave-guard';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export interface FormDraft {
  /** A draft from an earlier visit was put back into the form. */
  restored: boolean;
  /** The form differs from what it started with (and leaving asks first). */
  dirty: boolean;
  /** Asks, then throws the changes away and shows the form as it started; says whether it did. */
  discard: () => boolean;
  /** After a successful save: the draft has served its purpose. */
  clear: () => void;
}

/**
 * Keeps what was typed into a react-hook-form form: saved as a draft while typing, put back when
 * the form opens again, and guarded when leaving. `name` names the form within the company (e.g.
 * `incident-new`, `incident-<id>`); `extraDirty` counts state kept outside the form (e.g. ticks).
 */
export function useFormDraft<T extends FieldValues>(name: string, form: UseFormReturn<T, unknown, unknown>, extraDirty = false): FormDraft {
  const { t } = useTranslation();
  const companyId = useWindowWorkspaceId() ?? 'none';
  const key = draftKey(companyId, name);
  const [restored, setRestored] = useState(false);
  const keyRef = useRef(key);
  keyRef.current = key;

  // Put a draft back once, on opening; the defaults stay the saved values, so "dirty" stays honest.
  useEffect(() => {
    const draft = readDraft<T>(key);
    if (draft && same(draft, form.formState.defaultValues)) removeDraft(key);
    else if (draft) {
      form.reset(draft, { keepDefaultValues: true });
      setRestored(true);
    }
    // Only when the form (its key) opens, not on every change of the form object.
  }, [key]);

  useEffect(() => {
    // Compared with what the form started from (not formState, which may lag one change behind).
    const subscription = form.watch((values) => {
      if (same(values, form.formState.defaultValues)) removeDraft(keyRef.current);
      else writeDraft(keyRef.current, values);
    });
    return () => subscription.unsubscribe();
  }, [form]);

  const dirty = form.formState.isDirty || extraDirty;
  useLeaveGuard(dirty && !form.formState.isSubmitting, t('draft.confirmLeave'));

  const clear = useCallback(() => {
    removeDraft(keyRef.current);
    setRestored(false);
  }, []);

  const discard = useCallback(() => {
    if (!window.confirm(t('draft.confirmDiscard'))) return false;
    removeDraft(keyRef.current);
    form.reset();
    setRestored(false);
    return true;
  }, [form, t]);

  return { restored, dirty, discard, clear };
}
