import type { Language } from '../settings/schema';
import type { Contact, ContactRole } from './schema';
import { resources } from '../i18n/resources';

/**
 * The day the facts below (domain.md §6.3) were last confirmed. A new app version with new facts
 * changes this date, but never rewrites a user's saved copy: presets are copied into the
 * directory once and are the user's from then on.
 */
export const presetsConfirmedAt = '2026-11-25';

type PresetKey = 'ipaAnshin' | 'ipaCorporate' | 'police' | 'ppc' | 'jpcert';

interface PresetFacts {
  key: PresetKey;
  role: ContactRole;
  /** Only numbers the sources give; a desk without one says where to look it up. */
  phone: string | null;
  email: string;
  hasHours: boolean;
}

const facts: PresetFacts[] = [
  { key: 'ipaAnshin', role: 'ipa', phone: '03-5978-7509', email: 'anshin@ipa.go.jp', hasHours: true },
  { key: 'ipaCorporate', role: 'ipa', phone: null, email: '', hasHours: false },
  // 110 is for emergencies only; the cyber-crime desk's own number differs by prefecture.
  { key: 'police', role: 'police', phone: '110', email: '', hasHours: false },
  { key: 'ppc', role: 'ppc', phone: null, email: '', hasHours: false },
  { key: 'jpcert', role: 'other', phone: null, email: '', hasHours: false },
];

export const presetKeys: readonly string[] = facts.map((f) => f.key);

/** The public desks as directory entries, in the user's language, not on the card by default. */
export function presetContacts(language: Language, makeId: () => string): Contact[] {
  const text = resources[language].contacts.presets;
  return facts.map((fact) => {
    const own = text[fact.key] as { organisation: string; notes: string; hours?: string; phoneLabel?: string; where?: string };
    const findNumber = own.where ? text.findOnWebsite.replace('{{where}}', own.where) : '';
    return {
      id: makeId(),
      role: fact.role,
      organisation: own.organisation,
      person: '',
      phones: fact.phone ? [{ label: own.phoneLabel ?? '', number: fact.phone }] : [],
      email: fact.email,
      hours: fact.hasHours ? (own.hours ?? '') : '',
      contractNumber: '',
      notes: [own.notes, findNumber].filter(Boolean).join('\n'),
      callOrder: null,
      lastCheckedAt: presetsConfirmedAt,
      preset: { key: fact.key, confirmedAt: presetsConfirmedAt },
    };
  });
}
