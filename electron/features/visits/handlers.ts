import { createHash } from 'node:crypto';
import type { Handlers } from '../../../shared/api/contract';
import { AppError } from '../../../shared/api/result';
import { localDay } from '../../../shared/dates/local-day';
import { shortFingerprint } from '../../../shared/fingerprint/short-form';
import { resources } from '../../../shared/i18n/resources';
import { fill } from '../../../shared/summary/text';
import { visitBefore } from '../../../shared/visits/changes';
import { builtInProgrammes, type Programme } from '../../../shared/visits/programmes';
import type { Visit } from '../../../shared/visits/schema';
import { companyFileName } from '../../../shared/files/company-file-name';
import type { Services } from '../../services/services';
import type { Workspace } from '../../services/workspaces';
import { profileSpec } from '../profile';
import { programmesSpec } from './documents';
import { readCompany } from './facts';
import { prepareVisit } from './preparation';
import { listVisits, readVisits, removeVisit, saveVisit } from './repository';
import { renderVisitSheet } from './visit-pdf';

function programmeLine(programmes: Programme[], visit: Visit, language: 'ja' | 'en'): string {
  if (!visit.programme) return '';
  const programme = programmes.find((p) => p.id === visit.programme!.programmeId);
  const step = programme?.steps[visit.programme.step - 1];
  if (!programme) return '';
  const t = resources[language].visits;
  return `${fill(t.list.programmeStep, { programme: programme.name, step: visit.programme.step })}${step ? `: ${step.title}` : ''}`;
}

export function visitsHandlers(services: Services): Handlers['visits'] {
  const ws = () => services.requestWorkspace();
  const language = () => services.settings.get().language;
  const programmesOf = (w: Workspace) => w.document(programmesSpec).get() ?? builtInProgrammes(language());
  const companyName = (w: Workspace) => w.document(profileSpec).get()?.name || w.meta.get()?.name || '';
  return {
    list: () => listVisits(ws()),
    save: ({ id, visit }) => saveVisit(ws(), id, visit, services.now(), (date) => fill(resources[language()].visits.actionNote, { date })),
    remove: ({ id }) => {
      removeVisit(ws(), id);
      return null;
    },
    programmes: () => programmesOf(ws()),
    saveProgrammes: ({ programmes }) => {
      ws().document(programmesSpec).set(programmes);
      return programmes;
    },
    resetProgrammes: () => {
      ws().document(programmesSpec).set(null);
      return builtInProgrammes(language());
    },
    prepare: () => {
      const w = ws();
      return prepareVisit(readCompany(w), readVisits(w), localDay(services.now()));
    },
    printVisit: async ({ id, language: lang }) => {
      const w = ws();
      const visits = readVisits(w);
      const visit = visits.find((v) => v.id === id);
      if (!visit) throw new AppError('not_found', 'visit');
      const company = companyName(w);
      const pdf = await renderVisitSheet({ company, visit, previous: visitBefore(visits, id), programmeLine: programmeLine(programmesOf(w), visit, lang), language: lang });
      return {
        fileName: companyFileName(resources[lang].visits.pdf.fileName, company, visit.date, 'pdf'),
        mimeType: 'application/pdf',
        base64: pdf.toString('base64'),
        fingerprint: shortFingerprint(createHash('sha256').update(JSON.stringify({ company, visit })).digest('hex')),
      };
    },
  };
}
