/**
 * The six registers (台帳) and their columns, described once: the schemas, the table, the form
 * and the spreadsheet import/export are all made from these descriptions.
 */
export const registerKinds = ['devices', 'networks', 'cloud', 'information', 'partners', 'admins'] as const;
export type RegisterKind = (typeof registerKinds)[number];

/** Answers the owner can give where a yes/no is often not known yet. */
export const triState = ['yes', 'no', 'unknown'] as const;
export const deviceTypes = ['pc', 'server', 'phone', 'tablet', 'network', 'other'] as const;
export const updateModes = ['auto', 'manual', 'none', 'unknown'] as const;
export const supportStates = ['supported', 'endOfLife', 'unknown'] as const;

export const enumValues = { triState, deviceTypes, updateModes, supportStates } as const;
export type EnumName = keyof typeof enumValues;

export type FieldSpec =
  | { key: string; kind: 'text' | 'long'; required?: boolean; column?: boolean }
  | { key: string; kind: 'enum'; values: EnumName; column?: boolean }
  | { key: string; kind: 'date' | 'bool' | 'count'; column?: boolean }
  | { key: string; kind: 'ref'; target: RegisterKind; column?: boolean };

/** Every register's fields in form and column order; `column` ones show in the table. */
export const registerFields: Record<RegisterKind, FieldSpec[]> = {
  devices: [
    { key: 'name', kind: 'text', required: true, column: true },
    { key: 'deviceType', kind: 'enum', values: 'deviceTypes', column: true },
    { key: 'maker', kind: 'text' },
    { key: 'model', kind: 'text' },
    { key: 'os', kind: 'text', column: true },
    { key: 'osVersion', kind: 'text' },
    { key: 'user', kind: 'text', column: true },
    { key: 'location', kind: 'text' },
    { key: 'networkId', kind: 'ref', target: 'networks' },
    { key: 'updates', kind: 'enum', values: 'updateModes' },
    { key: 'updateCheckedOn', kind: 'date', column: true },
    { key: 'antiMalware', kind: 'enum', values: 'triState' },
    { key: 'antiMalwareProduct', kind: 'text' },
    { key: 'diskEncryption', kind: 'enum', values: 'triState' },
    { key: 'screenLock', kind: 'enum', values: 'triState' },
    { key: 'support', kind: 'enum', values: 'supportStates', column: true },
    { key: 'note', kind: 'long' },
  ],
  networks: [
    { key: 'name', kind: 'text', required: true, column: true },
    { key: 'location', kind: 'text', column: true },
    { key: 'purpose', kind: 'text', column: true },
    { key: 'equipment', kind: 'text' },
    { key: 'maintainer', kind: 'text', column: true },
    { key: 'note', kind: 'long' },
  ],
  cloud: [
    { key: 'name', kind: 'text', required: true, column: true },
    { key: 'purpose', kind: 'text', column: true },
    { key: 'data', kind: 'text' },
    { key: 'adminAccounts', kind: 'text' },
    { key: 'mfa', kind: 'enum', values: 'triState', column: true },
    { key: 'contract', kind: 'text' },
    { key: 'contact', kind: 'text', column: true },
    { key: 'note', kind: 'long' },
  ],
  information: [
    { key: 'name', kind: 'text', required: true, column: true },
    { key: 'category', kind: 'text' },
    { key: 'location', kind: 'text', column: true },
    { key: 'cloudId', kind: 'ref', target: 'cloud' },
    { key: 'manager', kind: 'text', column: true },
    { key: 'access', kind: 'text' },
    { key: 'retention', kind: 'text' },
    { key: 'personalData', kind: 'bool', column: true },
    { key: 'personalKinds', kind: 'text' },
    { key: 'people', kind: 'count', column: true },
    { key: 'note', kind: 'long' },
  ],
  partners: [
    { key: 'name', kind: 'text', required: true, column: true },
    { key: 'service', kind: 'text', column: true },
    { key: 'access', kind: 'text', column: true },
    { key: 'sharedInfo', kind: 'text' },
    { key: 'incidentRole', kind: 'text' },
    { key: 'contact', kind: 'text', column: true },
    { key: 'note', kind: 'long' },
  ],
  admins: [
    { key: 'holder', kind: 'text', required: true, column: true },
    { key: 'account', kind: 'text', required: true, column: true },
    { key: 'system', kind: 'text', column: true },
    { key: 'cloudId', kind: 'ref', target: 'cloud' },
    { key: 'reviewedOn', kind: 'date', column: true },
    { key: 'note', kind: 'long' },
  ],
};

/** The field an entry is called by in lists, references and messages. */
export const titleField: Record<RegisterKind, string> = { devices: 'name', networks: 'name', cloud: 'name', information: 'name', partners: 'name', admins: 'account' };

/** A field's value on a blank form or an empty spreadsheet cell: "not sure" where a choice offers it. */
export function blankValue(field: FieldSpec): string | boolean | null {
  switch (field.kind) {
    case 'text':
    case 'long':
      return '';
    case 'enum':
      return (enumValues[field.values] as readonly string[]).includes('unknown') ? 'unknown' : enumValues[field.values][0]!;
    case 'bool':
      return false;
    default:
      return null;
  }
}
