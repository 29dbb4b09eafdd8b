import { companyFileName } from '../../../shared/files/company-file-name';
import { createHash, randomUUID } from 'node:crypto';
import type { Handlers } from '../../../shared/api/contract';
import { AppError } from '../../../shared/api/result';
import { moveContact, renumberCallOrder } from '../../../shared/contacts/call-order';
import { presetContacts } from '../../../shared/contacts/presets';
import type { Contact } from '../../../shared/contacts/schema';
import type { Language } from '../../../shared/settings/schema';
import { contactsDirectory, readContacts } from './documents';
import { profileSpec } from '../profile';
import { renderEmergencyCard } from './emergency-card-pdf';
import type { Services } from '../../services/services';
import type { Workspace } from '../../services/workspaces';
import { localDay } from '../../../shared/dates/local-day';
import { localeOf } from '../../../shared/i18n/locales';
import { shortFingerprint } from '../../../shared/fingerprint/short-form';

function longDate(isoDate: string, language: Language): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  return new Intl.DateTimeFormat(localeOf[language], { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

export function contactsHandlers(services: Services): Handlers['contacts'] {
  const directory = (ws: Workspace = services.requestWorkspace()) => contactsDirectory(ws, services.settings.get().language);
  const change = (edit: (contacts: Contact[]) => Contact[]) => directory().update((list) => renumberCallOrder(edit(list)));
  const mustExist = (contacts: Contact[], id: string) => {
    if (!contacts.some((c) => c.id === id)) throw new AppError('not_found', 'contact');
  };

  return {
    list: () => readContacts(services.requestWorkspace()),
    save: (draft) =>
      change((list) => {
        if (!draft.id) return [...list, { ...draft, id: randomUUID(), preset: null }];
        mustExist(list, draft.id);
        // An edit keeps the preset marker (which desk it came from); everything else is the user's.
        return list.map((c) => (c.id === draft.id ? { ...draft, id: c.id, preset: c.preset } : c));
      }),
    remove: ({ id }) =>
      change((list) => {
        mustExist(list, id);
        return list.filter((c) => c.id !== id);
      }),
    move: ({ id, direction }) =>
      change((list) => {
        mustExist(list, id);
        return moveContact(list, id, direction);
      }),
    markChecked: ({ id }) =>
      change((list) => {
        mustExist(list, id);
        const today = localDay(services.now());
        return list.map((c) => (c.id === id ? { ...c, lastCheckedAt: today } : c));
      }),
    restorePresets: () =>
      change((list) => {
        const present = new Set(list.map((c) => c.preset?.key).filter(Boolean));
        const missing = presetContacts(services.settings.get().language, randomUUID).filter((p) => !present.has(p.preset!.key));
        return [...list, ...missing];
      }),
    emergencyCard: async ({ language }) => {
      const ws = services.requestWorkspace();
      const contacts = readContacts(ws);
      const company = ws.document(profileSpec).get()?.name ?? ws.meta.get()?.name ?? '';
      const today = localDay(services.now());
      const { pdf } = await renderEmergencyCard({ company, contacts, language, madeOn: longDate(today, language) });
      const fingerprint = shortFingerprint(createHash('sha256').update(JSON.stringify({ company, contacts, language })).digest('hex'));
      return {
        fileName: companyFileName(language === 'ja' ? '緊急連絡カード' : 'emergency-card', company, today, 'pdf'),
        mimeType: 'application/pdf',
        base64: pdf.toString('base64'),
        fingerprint,
      };
    },
  };
}
