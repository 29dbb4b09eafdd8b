import { randomUUID } from 'node:crypto';
import { localDay } from '../../../shared/dates/local-day';
import { resources } from '../../../shared/i18n/resources';
import { incidentInputSchema } from '../../../shared/incidents/schema';
import { companyProfileSchema } from '../../../shared/profile/schema';
import { sampleCompanies, type SampleCompany } from '../../../shared/portfolio/sample';
import { catalogId, currentCatalogVersion } from '../../../shared/self-check/catalog';
import type { Assessment } from '../../../shared/self-check/schema';
import { questionIds } from '../../../shared/self-check/question-ids';
import { profileSpec } from '../profile';
import { fill } from '../../../shared/summary/text';
import type { Services } from '../../services/services';
import type { Workspace } from '../../services/workspaces';
import { contactsSpec, seedPresetContacts } from '../contacts';
import { incidentsOf } from '../incidents';
import { assessmentsSpec } from '../self-check';
import { saveVisit } from '../visits';

function checkOf(on: string, answers: SampleCompany['checks'][number]['answers']): Assessment {
  const at = `${on}T10:00:00.000Z`;
  return {
    id: randomUUID(),
    catalogId,
    catalogVersion: currentCatalogVersion,
    startedAt: at,
    updatedAt: at,
    completedAt: at,
    position: questionIds.length,
    answers: Object.fromEntries(questionIds.map((q, i) => [q, { value: answers[i]!, note: '', answeredAt: at }])),
  };
}

function fillCompany(ws: Workspace, sample: SampleCompany, now: Date): void {
  const today = localDay(now);
  const stamp = now.toISOString();
  ws.document(profileSpec).set(companyProfileSchema.parse({ name: sample.name, industry: sample.industry, employees: sample.employees, prefecture: sample.prefecture }));
  ws.document(assessmentsSpec).set(sample.checks.map((c) => checkOf(c.on, c.answers)));
  for (const incident of sample.incidents) {
    const fields = incidentInputSchema.parse({
      title: incident.title,
      category: incident.category,
      discoveredAt: incident.discoveredAt,
      status: incident.closed ? 'closed' : 'open',
      closedAt: incident.closed ? incident.discoveredAt : '',
      personalData: incident.people ? { involved: true, people: incident.people, financial: true } : {},
    });
    incidentsOf(ws).save({ ...fields, id: randomUUID(), createdAt: stamp, updatedAt: stamp });
  }
  seedPresetContacts(ws, 'ja');
  if (sample.contactsChecked) ws.document(contactsSpec).update((list) => list.map((c) => ({ ...c, lastCheckedAt: today })));
  for (const visit of sample.visits) saveVisit(ws, null, visit, now, (date) => fill(resources.ja.visits.actionNote, { date }));
}

/**
 * About thirty sample companies (marked as samples) so the portfolio and the statistics can be
 * explored; a name already taken is skipped, so running it twice adds nothing twice.
 */
export function createSamplePortfolio(services: Services): Workspace[] {
  const now = services.now();
  const taken = new Set(services.workspaces.list().map((w) => w.name));
  return sampleCompanies(localDay(now))
    .filter((sample) => !taken.has(sample.name))
    .map((sample) => {
      const ws = services.workspaces.create(sample.name, true);
      fillCompany(ws, sample, now);
      return ws;
    });
}
