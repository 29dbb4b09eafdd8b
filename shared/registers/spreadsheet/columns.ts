import { registerFields, type FieldSpec, type RegisterKind } from '../fields';
import { registersText } from '../i18n';
import { headerKey } from './cells';

/** The ID column: filled on export so a re-import updates the same rows instead of adding them. */
export const idHeader = 'ID';

/**
 * IPA リスク分析シート「情報資産管理台帳」 headers that fit the important-information register.
 * The rest of that sheet (評価値, 機密性, 重要度 …) has no place here and is listed as ignored.
 */
const ipaInformationHeaders: Record<string, string> = {
  業務分類: 'category',
  情報資産名称: 'name',
  備考: 'note',
  利用者範囲: 'access',
  管理部署: 'manager',
  '媒体・保存先': 'location',
  保存先: 'location',
  個人情報の種類: 'personalKinds',
  保存期限: 'retention',
  保存期間: 'retention',
  件数: 'people',
  人数: 'people',
};

/** IPA's sheet ticks these with ○/有: any tick marks the row as personal data and names the kind. */
export const personalDataFlagHeaders = ['個人情報', '要配慮個人情報', '特定個人情報'];

/** A column of the sheet and what it is read as. */
export type ColumnRole = { field: FieldSpec } | { id: true } | { personalFlag: string } | null;

/** Every header (ja, en, the field key, IPA's words) a column of this register may carry. */
function headerIndex(kind: RegisterKind): Map<string, ColumnRole> {
  const index = new Map<string, ColumnRole>();
  index.set(headerKey(idHeader), { id: true });
  for (const field of registerFields[kind]) {
    for (const language of ['ja', 'en'] as const) index.set(headerKey((registersText[language].fields[kind] as Record<string, string>)[field.key]!), { field });
    index.set(headerKey(field.key), { field });
  }
  if (kind === 'information') {
    for (const [header, key] of Object.entries(ipaInformationHeaders)) index.set(headerKey(header), { field: registerFields.information.find((f) => f.key === key)! });
    for (const header of personalDataFlagHeaders) index.set(headerKey(header), { personalFlag: header });
  }
  return index;
}

const indexes = new Map<RegisterKind, Map<string, ColumnRole>>();

/** What a header cell means for this register; null for a column we do not use. */
export function columnRole(kind: RegisterKind, header: string): ColumnRole {
  if (!indexes.has(kind)) indexes.set(kind, headerIndex(kind));
  return indexes.get(kind)!.get(headerKey(header)) ?? null;
}

/** The header row we write: ID, then every field's label in the chosen language. */
export function exportHeaders(kind: RegisterKind, language: 'ja' | 'en'): string[] {
  const labels = registersText[language].fields[kind] as Record<string, string>;
  return [idHeader, ...registerFields[kind].map((f) => labels[f.key]!)];
}
