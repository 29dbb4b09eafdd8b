import { randomUUID } from 'node:crypto';
import type { Handlers } from '../../../shared/api/contract';
import { AppError, type ApiIssue } from '../../../shared/api/result';
import { editableFields, futureDateIssues, type Incident, type IncidentFields } from '../../../shared/incidents/schema';
import { filterIncidents, type IncidentFilter } from '../../../shared/incidents/list';
import { fillStageDates } from '../../../shared/incidents/stages';
import { addDays, daysBetween } from '../../../shared/incidents/dates';
import { readContacts } from '../contacts';
import { addAction } from '../actions';
import { forgetIncidentWeaknesses, markProvenWeak } from '../self-check';
import { profileSpec } from '../profile';
import { incidentsOf } from './repository';
import { logEntryHandlers } from './log-entry-commands';
import { firstStepHandler, withTickEntries } from './first-step-commands';
import { csvExport, verisExport } from './exports';
import type { Services } from '../../services/services';
import type { Workspace } from '../../services/workspaces';
import { localDay } from '../../../shared/dates/local-day';

export function incidentsHandlers(services: Services): Handlers['incidents'] {
  const today = () => localDay(services.now());
  /** The window's calendar day when it sent one that is plausible (time zones differ by < 1 day). */
  const userToday = (sent: string) => (sent && Math.abs(daysBetween(today(), sent)) <= 1 ? sent : today());
  const repo = () => incidentsOf(services.requestWorkspace());
  const find = (id: string): Incident => {
    const incident = repo().get(id);
    if (!incident) throw new AppError('not_found', 'incident');
    return incident;
  };
  const selected = (filter: IncidentFilter): Incident[] => {
    const ids = new Set(filterIncidents(repo().all(), filter, userToday(filter.today)).map((r) => r.id));
    return repo().all().filter((i) => ids.has(i.id));
  };

  /** Checks what the schema cannot: the clock, and links into other documents. */
  function checked(ws: Workspace, fields: IncidentFields): IncidentFields {
    // One day of slack: the window may run in a zone ahead of this process (at most +14 h),
    // and the form already holds the user to their own local today.
    const issues: ApiIssue[] = futureDateIssues(fields, addDays(today(), 1)).map((i) => ({ path: i.path, code: i.code }));
    const contactIds = new Set(readContacts(ws).map((c) => c.id));
    fields.notifications.forEach((n, index) => {
      if (n.contactId && !contactIds.has(n.contactId)) issues.push({ path: ['notifications', index, 'contactId'], code: 'unknown_contact' });
    });
    if (issues.length) throw new AppError('invalid_request', 'incident failed checks', issues);
    return fillStageDates(fields, today());
  }

  // Named in every exported file name, so a supporter's files of many companies stay apart.
  const companyName = () => {
    const ws = services.requestWorkspace();
    return ws.document(profileSpec).get()?.name || ws.meta.get()?.name || '';
  };
  return {
    list: (filter) => filterIncidents(repo().all(), filter, userToday(filter.today)),
    overview: ({ today: sent }) => {
      const all = repo().all();
      const day = userToday(sent);
      const rows = filterIncidents(all, { query: '', status: '', category: '', year: '', reporting: 'any', sort: 'due', today: day }, day);
      return {
        openCount: all.filter((i) => i.status !== 'closed').length,
        attention: rows.filter((r) => r.status !== 'closed' || r.nextClock).slice(0, 8),
      };
    },
    get: ({ id }) => find(id),
    create: (input) => {
      const ws = services.requestWorkspace();
      const stamp = services.now().toISOString();
      // Ticks made on the new-incident form keep their time (never later than now) and get their timeline entries.
      const ticks = input.firstSteps
        .filter((tick, n, all) => all.findIndex((t) => t.item === tick.item) === n)
        .map((tick) => (Date.parse(tick.doneAt) > Date.parse(stamp) ? { ...tick, doneAt: stamp } : tick));
      const fields = withTickEntries(checked(ws, input), ticks, (tick) => localDay(new Date(tick.doneAt)), services.settings.get().language);
      return incidentsOf(ws).save({ ...fields, id: randomUUID(), createdAt: stamp, updatedAt: stamp });
    },
    update: ({ id, revision, incident: record }) => {
      const ws = services.requestWorkspace();
      const current = find(id);
      // The logs and weak points stay as stored: they change through their own commands.
      const fields = { ...editableFields(current), ...record };
      return incidentsOf(ws).save({ ...checked(ws, fields), id, createdAt: current.createdAt, updatedAt: services.now().toISOString() }, revision);
    },
    ...logEntryHandlers(services, find),
    tickFirstStep: firstStepHandler(services, find, userToday),
    remove: ({ id }) => {
      const ws = services.requestWorkspace();
      const removed = incidentsOf(ws).remove(id);
      // Its "proven weak" marks go with it; actions it created stay (they may be under way).
      if (removed) forgetIncidentWeaknesses(ws, id);
      return { removed };
    },
    // Through the contacts feature, so the picker lists exactly what Contacts lists.
    contacts: () =>
      readContacts(services.requestWorkspace()).map(({ id, role, organisation, person }) => ({ id, role, organisation, person })),
    markWeak: ({ id, questionIds }) => {
      const ws = services.requestWorkspace();
      const incident = find(id);
      const saved = incidentsOf(ws).save({ ...incident, provenWeak: questionIds, updatedAt: services.now().toISOString() });
      markProvenWeak(ws, incident, questionIds, services.now().toISOString());
      return saved;
    },
    createAction: ({ id, title, questionId }) => {
      find(id);
      // Made by the actions feature, like any other action; only its source names the incident.
      return addAction(services.requestWorkspace(), { title, source: { kind: 'incident', incidentId: id, questionId } }, services.now());
    },
    exportCsv: (filter) => csvExport(selected(filter), userToday(filter.today), services.settings.get().language, companyName()),
    exportVeris: ({ includeText, ...filter }) =>
      verisExport(selected(filter), userToday(filter.today), { includeText, employees: services.requestWorkspace().document(profileSpec).get()?.employees ?? null }, companyName()),
  };
}
