import { blankValue, enumValues, registerFields, titleField, type EnumName, type FieldSpec, type RegisterKind } from '../fields';
import { registersText } from '../i18n';
import { entryInputSchema, type EntryValues, type RegisterEntry, type Registers } from '../schema';
import { cellText, headerKey, parseCount, parseDay, parseYesNo, type CellValue } from './cells';
import { columnRole, type ColumnRole } from './columns';

/** One row of a sheet as read: its number in the sheet (1-based, as Excel shows it) and its cells. */
export interface SheetRow {
  row: number;
  cells: CellValue[];
}

/**
 * A problem with one cell: the field's key (`id` for the ID column), a code from `fieldErrors` in
 * the registers text, and for a value that is not a choice, which choices there are. The page
 * words it in the user's language.
 */
export interface RowError {
  row: number;
  field: string;
  code: string;
  choices?: EnumName | 'yesNo';
  /** For `too_long`: the most characters the field takes, so the message can name it. */
  limit?: number;
}

export interface ImportPlan {
  headerRow: number;
  mapped: string[];
  ignored: string[];
  /** Rows that pass, ready to save: `id` set for the ones that update an entry. */
  rows: { row: number; entry: EntryValues & { id?: string } }[];
  errors: RowError[];
  duplicates: { row: number; sameAsRow: number | null }[];
  /** Rows naming a registered entry by ID with nothing changed (a file exported and read back). */
  unchanged: number;
}

/** The header is the row (among the first 20) that names the most of our columns; IPA's sheet has titles above. */
function findHeader(kind: RegisterKind, rows: SheetRow[]): { at: number; roles: ColumnRole[]; names: string[] } | null {
  let best: { at: number; roles: ColumnRole[]; names: string[]; score: number } | null = null;
  rows.slice(0, 20).forEach((candidate, at) => {
    const names = candidate.cells.map((c) => cellText(c));
    const roles = names.map((name) => (name ? columnRole(kind, name) : null));
    const score = roles.filter(Boolean).length;
    if (score >= 1 && (!best || score > best.score)) best = { at, roles, names, score };
  });
  if (!best) return null;
  const found = best as { at: number; roles: ColumnRole[]; names: string[] };
  // A two-row header (IPA: 個人情報の種類 over 個人情報 / 要配慮個人情報 …): take the lower row's names where they mean something.
  const below = rows[found.at + 1]?.cells.map((c) => cellText(c)) ?? [];
  const belowRoles = below.map((name) => (name ? columnRole(kind, name) : null));
  if (belowRoles.some((role, i) => role && !found.roles[i])) {
    // The lower row names the columns under a group header (and the group header itself gives way).
    belowRoles.forEach((role, i) => {
      if (role) [found.roles[i], found.names[i]] = [role, below[i]!];
    });
    return { ...found, at: found.at + 1 };
  }
  return found;
}

const labelsOf = (name: keyof typeof enumValues) =>
  enumValues[name].map((value) => ({ value, words: [value, registersText.ja.values[name][value as never], registersText.en.values[name][value as never]].map(headerKey) }));

/** One cell read as the field it is under; an error code when it does not fit. */
function readField(field: FieldSpec, text: string, registers: Registers): { value: string | number | boolean | null } | { code: string; choices?: RowError['choices'] } {
  if (text === '') return { value: blankValue(field) };
  switch (field.kind) {
    case 'text':
    case 'long':
      return { value: text };
    case 'date':
      return parseDay(text) ? { value: parseDay(text) } : { code: 'invalid_date' };
    case 'count':
      return parseCount(text) === null ? { code: 'not_a_number' } : { value: parseCount(text) };
    case 'bool':
      return parseYesNo(text) === null ? { code: 'invalid_choice', choices: 'yesNo' } : { value: parseYesNo(text) };
    case 'enum': {
      const match = labelsOf(field.values).find((l) => l.words.includes(headerKey(text)));
      return match ? { value: match.value } : { code: 'invalid_choice', choices: field.values };
    }
    case 'ref': {
      const targets = registers[field.target] as RegisterEntry[];
      const target = targets.find((e) => e.id === text) ?? targets.find((e) => headerKey(String(e[titleField[field.target]])) === headerKey(text));
      return target ? { value: target.id } : { code: 'unknown_reference' };
    }
  }
}

/** The content that makes two rows the same, whatever their ids. */
const contentKey = (kind: RegisterKind, values: EntryValues) => JSON.stringify(registerFields[kind].map((f) => values[f.key] ?? null));

/**
 * Reads sheet rows into a plan: which rows would be added or updated, and every cell that does
 * not fit (row number + field + code). Nothing here writes; the caller saves `rows` on confirm.
 */
export function planImport(kind: RegisterKind, sheet: SheetRow[], registers: Registers, today: string): ImportPlan | null {
  const header = findHeader(kind, sheet);
  if (!header) return null;
  const mapped = header.names.filter((_, i) => header.roles[i]);
  const ignored = header.names.filter((name, i) => name && !header.roles[i]);
  const existing = registers[kind] as RegisterEntry[];
  const existingById = new Map(existing.map((e) => [e.id, contentKey(kind, e)]));
  const seenContent = new Map<string, number | null>(existing.map((e) => [contentKey(kind, e), null]));
  const seenIds = new Set<string>();
  const plan: ImportPlan = { headerRow: sheet[header.at]!.row, mapped, ignored, rows: [], errors: [], duplicates: [], unchanged: 0 };
  const schema = entryInputSchema(kind, today);

  for (const { row, cells } of sheet.slice(header.at + 1)) {
    const texts = header.roles.map((_, i) => cellText(cells[i] ?? null));
    if (texts.every((t) => t === '')) continue;
    const values: EntryValues = {};
    const errors: RowError[] = [];
    let id: string | undefined;
    const personalKinds: string[] = [];
    header.roles.forEach((role, i) => {
      const text = texts[i]!;
      if (!role) return;
      if ('id' in role) id = text || undefined;
      else if ('personalFlag' in role) {
        if (parseYesNo(text) || (text && parseYesNo(text) === null)) personalKinds.push(role.personalFlag);
      } else {
        const read = readField(role.field, text, registers);
        if ('code' in read) errors.push({ row, field: role.field.key, code: read.code, ...(read.choices ? { choices: read.choices } : {}) });
        else values[role.field.key] = read.value;
      }
    });
    if (personalKinds.length) {
      values.personalData = true;
      values.personalKinds = [values.personalKinds, ...personalKinds].filter(Boolean).join('、');
    }
    if (id !== undefined && seenIds.has(id)) errors.push({ row, field: 'id', code: 'duplicate_id' });
    if (id !== undefined) seenIds.add(id);
    const parsed = schema.safeParse({ ...values, ...(id && existingById.has(id) ? { id } : {}) });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0] ?? '');
        const code = issue.message === 'future_date' ? 'future_date' : issue.code === 'too_small' ? 'required' : issue.code === 'too_big' ? 'too_long' : 'invalid';
        const limit = issue.code === 'too_big' && typeof issue.maximum === 'number' ? issue.maximum : undefined;
        if (!errors.some((e) => e.field === key)) errors.push({ row, field: key, code, ...(limit !== undefined ? { limit } : {}) });
      }
    }
    if (errors.length || !parsed.success) {
      plan.errors.push(...errors);
      continue;
    }
    const key = contentKey(kind, parsed.data as EntryValues);
    if (parsed.data.id && existingById.get(parsed.data.id) === key) {
      plan.unchanged += 1;
      continue;
    }
    if (seenContent.has(key)) {
      plan.duplicates.push({ row, sameAsRow: seenContent.get(key)! });
      continue;
    }
    seenContent.set(key, row);
    plan.rows.push({ row, entry: parsed.data as EntryValues & { id?: string } });
  }
  return plan;
}
