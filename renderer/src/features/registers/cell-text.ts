import type { TFunction } from 'i18next';
import { titleField, type FieldSpec } from '../../../../shared/registers/fields';
import type { RegisterEntry, Registers } from '../../../../shared/registers/schema';
import { formatDate, formatNumber } from '../../i18n/format';
import type { Language } from '../../../../shared/settings/schema';

/** How one field of a row reads on screen: labels for choices, dates and numbers in the app's language, names for links. */
export function cellTextFor(t: TFunction<'registers'>, registers: Registers | undefined, language: Language) {
  const names = new Map<string, string>();
  // Labels, dates and numbers repeat across rows; formatting each once keeps a 2,000-row filter quick
  // (a new Intl formatter per cell costs more than everything else together).
  const formatted = new Map<string, string>();
  const once = (key: string, make: () => string) => {
    let text = formatted.get(key);
    if (text === undefined) formatted.set(key, (text = make()));
    return text;
  };
  return (field: FieldSpec, entry: RegisterEntry): string => {
    const value = entry[field.key] ?? null;
    if (value === null || value === '') return '';
    if (field.kind === 'text' || field.kind === 'long') return String(value);
    if (field.kind !== 'ref') return once(`${field.kind}|${field.kind === 'enum' ? field.values : ''}|${String(value)}`, () => label(field, value));
    if (!names.has(String(value))) {
      const target = (registers?.[field.target] as RegisterEntry[] | undefined)?.find((e) => e.id === value);
      names.set(String(value), target ? String(target[titleField[field.target]]) : '');
    }
    return names.get(String(value))!;
  };

  function label(field: FieldSpec, value: string | number | boolean): string {
    switch (field.kind) {
      case 'enum':
        return t(`values.${field.values}.${String(value)}` as 'values.yes');
      case 'bool':
        return value ? t('values.yes') : t('values.no');
      case 'date':
        return formatDate(String(value), language);
      case 'count':
        return formatNumber(Number(value), language);
      default:
        return String(value);
    }
  }
}
