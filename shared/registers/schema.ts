import { z } from 'zod';
import { id, isoDate, isoDateTime, optionalLongText, optionalText, shortText, wholeCount } from '../schemas/common';
import { deviceTypes, registerFields, registerKinds, supportStates, triState, updateModes, type RegisterKind } from './fields';

const tri = z.enum(triState).default('unknown');
const day = isoDate.nullable().default(null);
const ref = id.nullable().default(null);

/** Each register's own fields (what the form edits); `registerFields` lists the same keys in order. */
export const entryShapes = {
  devices: {
    name: shortText.min(1),
    deviceType: z.enum(deviceTypes).default('pc'),
    maker: optionalText,
    model: optionalText,
    os: optionalText,
    osVersion: optionalText,
    user: optionalText,
    location: optionalText,
    networkId: ref,
    updates: z.enum(updateModes).default('unknown'),
    /** The day someone last looked that updates were applied (never in the future). */
    updateCheckedOn: day,
    antiMalware: tri,
    antiMalwareProduct: optionalText,
    diskEncryption: tri,
    screenLock: tri,
    support: z.enum(supportStates).default('unknown'),
    note: optionalLongText,
  },
  networks: { name: shortText.min(1), location: optionalText, purpose: optionalText, equipment: optionalText, maintainer: optionalText, note: optionalLongText },
  cloud: { name: shortText.min(1), purpose: optionalText, data: optionalText, adminAccounts: optionalText, mfa: tri, contract: optionalText, contact: optionalText, note: optionalLongText },
  information: {
    name: shortText.min(1),
    category: optionalText,
    location: optionalText,
    cloudId: ref,
    manager: optionalText,
    access: optionalText,
    retention: optionalText,
    personalData: z.boolean().default(false),
    personalKinds: optionalText,
    /** Roughly how many people's personal data it holds (for the incident helper's count). */
    people: wholeCount.nullable().default(null),
    note: optionalLongText,
  },
  partners: { name: shortText.min(1), service: optionalText, access: optionalText, sharedInfo: optionalText, incidentRole: optionalText, contact: optionalText, note: optionalLongText },
  admins: { holder: shortText.min(1), account: shortText.min(1), system: optionalText, cloudId: ref, reviewedOn: day, note: optionalLongText },
} as const;

/** The most rows one register keeps (the table and the file stay quick well past the 2,000 we test). */
export const maxEntries = 5000;

const stored = <S extends z.ZodRawShape>(shape: S) => z.object({ id, ...shape, updatedAt: isoDateTime }).strict();
export const storedEntrySchemas = {
  devices: stored(entryShapes.devices),
  networks: stored(entryShapes.networks),
  cloud: stored(entryShapes.cloud),
  information: stored(entryShapes.information),
  partners: stored(entryShapes.partners),
  admins: stored(entryShapes.admins),
};

export type Device = z.infer<typeof storedEntrySchemas.devices>;
export type NetworkEntry = z.infer<typeof storedEntrySchemas.networks>;
export type CloudService = z.infer<typeof storedEntrySchemas.cloud>;
export type InformationAsset = z.infer<typeof storedEntrySchemas.information>;
export type Partner = z.infer<typeof storedEntrySchemas.partners>;
export type AdminAccount = z.infer<typeof storedEntrySchemas.admins>;
export type Registers = { [K in RegisterKind]: z.infer<(typeof storedEntrySchemas)[K]>[] };
/** Any register's row, as the generic table, form and spreadsheet code see it. */
export type RegisterEntry = { id: string; updatedAt: string } & Record<string, string | number | boolean | null>;
export type EntryValues = Record<string, string | number | boolean | null>;

export const emptyRegisters = (): Registers => ({ devices: [], networks: [], cloud: [], information: [], partners: [], admins: [] });

/** Problems across a register set: a repeated id, or a reference to an entry that is not there. */
export function registerIssues(registers: Registers): { path: (string | number)[]; message: string }[] {
  const issues: { path: (string | number)[]; message: string }[] = [];
  for (const kind of registerKinds) {
    const seen = new Set<string>();
    (registers[kind] as RegisterEntry[]).forEach((entry, index) => {
      if (seen.has(entry.id)) issues.push({ path: [kind, index, 'id'], message: 'duplicate_id' });
      seen.add(entry.id);
      for (const field of registerFields[kind]) {
        const target = entry[field.key];
        if (field.kind !== 'ref' || target === null) continue;
        if (!(registers[field.target] as RegisterEntry[]).some((e) => e.id === target)) issues.push({ path: [kind, index, field.key], message: 'unknown_reference' });
      }
    });
  }
  return issues;
}

/** The stored document: every register, ids unique within each, every reference pointing somewhere. */
export const registersSchema = z
  .object(Object.fromEntries(registerKinds.map((k) => [k, z.array(storedEntrySchemas[k]).max(maxEntries)])) as { [K in RegisterKind]: z.ZodArray<(typeof storedEntrySchemas)[K]> })
  .strict()
  .superRefine((value, ctx) => {
    for (const issue of registerIssues(value as Registers)) ctx.addIssue({ code: 'custom', ...issue });
  });

/** The fields of one register as typed or imported; `id` names the entry an edit replaces. */
export function entryInputSchema(kind: RegisterKind, today: string) {
  return z
    .object({ id: id.optional(), ...entryShapes[kind] })
    .strict()
    .superRefine((entry, ctx) => {
      for (const field of registerFields[kind]) {
        const value = (entry as EntryValues)[field.key];
        // A check cannot have happened after today: a typo in the year, usually.
        if (field.kind === 'date' && typeof value === 'string' && value > today) ctx.addIssue({ code: 'custom', path: [field.key], message: 'future_date' });
      }
    });
}
