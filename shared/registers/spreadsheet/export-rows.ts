import { registerFields, titleField, type RegisterKind } from '../fields';
import { registersText } from '../i18n';
import type { RegisterEntry, Registers } from '../schema';
import { guardFormula } from './cells';
import { exportHeaders } from './columns';

/** One register as a table of cells (header first): labels in the chosen language, references by name. */
export function exportTable(kind: RegisterKind, registers: Registers, language: 'ja' | 'en'): { header: string[]; rows: (string | number)[][] } {
  const text = registersText[language].values;
  const nameOf = (target: RegisterKind, id: string) => {
    const found = (registers[target] as RegisterEntry[]).find((e) => e.id === id);
    return found ? String(found[titleField[target]]) : id;
  };
  const rows = (registers[kind] as RegisterEntry[]).map((entry) => [
    entry.id,
    ...registerFields[kind].map((field): string | number => {
      const value = entry[field.key] ?? null;
      if (value === null) return '';
      switch (field.kind) {
        case 'enum':
          return (text[field.values] as Record<string, string>)[String(value)] ?? String(value);
        case 'bool':
          return value ? text.yes : text.no;
        case 'ref':
          return guardFormula(nameOf(field.target, String(value)));
        case 'count':
          return Number(value);
        default:
          return guardFormula(String(value));
      }
    }),
  ]);
  return { header: exportHeaders(kind, language), rows };
}
