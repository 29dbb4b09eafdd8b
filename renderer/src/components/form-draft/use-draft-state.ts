import { useEffect, useState, type Dispatch, type SetStateAction } from 'react';
import { useTranslation } from 'react-i18next';
import { useWindowWorkspaceId } from '../../api/use-app-queries';
import { draftKey, readDraft, removeDraft, writeDraft } from './draft-storage';
import { useLeaveGuard } from './use-leave-guard';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * useState for a small form that is not a react-hook-form (e.g. "add an entry"): what was typed is
 * kept as a draft per company and `name`, put back on return, and leaving with it asks first.
 */
export function useDraftState<T>(name: string, blank: () => T): [T, Dispatch<SetStateAction<T>>] {
  const { t } = useTranslation();
  const key = draftKey(useWindowWorkspaceId() ?? 'none', name);
  const [value, setValue] = useState<T>(() => readDraft<T>(key) ?? blank());
  const changed = !same(value, blank());
  useEffect(() => {
    if (changed) writeDraft(key, value);
    else removeDraft(key);
  }, [key, value, changed]);
  useLeaveGuard(changed, t('draft.confirmLeave'));
  return [value, setValue];
}
