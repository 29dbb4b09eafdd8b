import type { TFunction } from 'i18next';
import { titleField, type FieldSpec } from '../../../../shared/registers/fields';
import type { RegisterEntry, Registers } from '../../../../shared/registers/schema';
import { formatDate, formatNumber } from '../../i18n/format';
import type { Language } from '../../../../shared/settings/schema';

/** How one field of a row reads on screen: labels for choices, dates and numbers in the app's language, names for links. */
export function cellTextFor(t: TFunction<'registers'>, registers: Registers | undefined, language: Language) {
  const names = new Map<string, string>();
  return (field: FieldSpec, entry: RegisterEntry): string => {
    const value = entry[field.key] ?? null;
    if (value === null || value === '') return '';
    switch (field.kind) {
      case 'enum':
        return t(`values.${field.values}.${String(value)}` as 'values.yes');
      case 'bool':
        return value ? t('values.yes') : t('values.no');
      case 'date':
        return formatDate(String(value), language);
      case 'count':
        return formatNumber(Number(value), language);
      case 'ref': {
        if (!names.has(String(value))) {
          const target = (registers?.[field.target] as RegisterEntry[] | undefined)?.find((e) => e.id === value);
          names.set(String(value), target ? String(target[titleField[field.target]]) : '');
        }
        return names.get(String(value))!;
      }
      default:
        return String(value);
    }
  };
}

/** The text a filter looks through: every field as shown, in lower case and half-width. */
export function searchTextOf(fields: FieldSpec[], entry: RegisterEntry, cellText: (f: FieldSpec, e: RegisterEntry) => string): string {
  return fields.map((f) => cellText(f, entry)).join('\u0000').normalize('NFKC').toLowerCase();
}
