import { checkedRecently } from '../../../../shared/registers/facts';
import type { FieldSpec, RegisterKind } from '../../../../shared/registers/fields';
import type { RegisterEntry } from '../../../../shared/registers/schema';

type FlagText = (key: 'table.notChecked' | 'values.supportStates.endOfLife' | 'values.triState.no') => string;

/** Which cells need the owner's eye: an old or missing update check, end of support, MFA off. */
export function flagsFor(kind: RegisterKind, today: string, t: FlagText) {
  return (field: FieldSpec, entry: RegisterEntry): string | null => {
    if (kind === 'devices' && field.key === 'updateCheckedOn' && !checkedRecently(entry.updateCheckedOn as string | null, today)) return t('table.notChecked');
    if (field.key === 'support' && entry.support === 'endOfLife') return t('values.supportStates.endOfLife');
    if (field.key === 'mfa' && entry.mfa === 'no') return t('values.triState.no');
    return null;
  };
}
