import { z } from 'zod';
import { command, query } from '../api/endpoint';
import { byId, id, isoDate, noInput, optionalText } from '../schemas/common';
import { incidentInputSchema, incidentRecordSchema, type Incident } from './schema';
import { addLogEntryRequest, editLogEntryRequest, removeLogEntryRequest } from './log-entries';
import type { GeneratedFile } from '../files/schema';
import type { ActionItem } from '../actions/schema';
import type { ContactRole } from '../contacts/schema';
import { questionIds } from '../self-check/question-ids';
import { incidentFilterSchema, type IncidentRow } from './list';
import { tickFirstStepRequest } from './first-steps';

export interface ContactChoice {
  id: string;
  role: ContactRole;
  organisation: string;
  person: string;
}

export interface IncidentOverview {
  openCount: number;
  /** Open incidents and any incident whose reporting clock still runs, most urgent first. */
  attention: IncidentRow[];
}

export const incidentsContract = {
  list: query<IncidentRow[]>()(incidentFilterSchema, { reads: ['incidents'] }),
  /** For the home page: open incidents and running reporting clocks. */
  overview: query<IncidentOverview>()(z.object({ today: z.union([isoDate, z.literal('')]).default('') }).strict(), { reads: ['incidents'] }),
  get: query<Incident>()(byId, { reads: ['incidents'] }),
  create: command<Incident>()(incidentInputSchema),
  /** Changes the record itself; `revision` is the one it was read at (else `conflict`, nothing saved). */
  update: command<Incident>()(z.object({ id, revision: z.number().int().min(1), incident: incidentRecordSchema }).strict()),
  /** One entry of a log (timeline, notifications, costs, evidence) at a time: see log-entries.ts. */
  addEntry: command<Incident>()(addLogEntryRequest),
  editEntry: command<Incident>()(editLogEntryRequest),
  removeEntry: command<Incident>()(removeLogEntryRequest),
  remove: command<{ removed: boolean }>()(byId),
  /** The contacts directory, for linking a notification to a contact. */
  contacts: query<ContactChoice[]>()(noInput, { reads: ['contacts'] }),
  /** Replaces the self-check questions this incident proved weak. */
  markWeak: command<Incident>()(z.object({ id, questionIds: z.array(z.enum(questionIds)).max(questionIds.length) }).strict()),
  /** Ticks or unticks one first-steps item; a tick is stored with its time and logged in the timeline. */
  tickFirstStep: command<Incident>()(tickFirstStepRequest),
  createAction: command<ActionItem>()(
    z.object({ id, title: optionalText.pipe(z.string().min(1, { error: 'required' })), questionId: z.enum(questionIds).nullable().default(null) }).strict(),
  ),
  exportCsv: query<GeneratedFile>()(incidentFilterSchema, { reads: ['incidents', 'settings'] }),
  exportVeris: query<GeneratedFile>()(incidentFilterSchema.extend({ includeText: z.boolean().default(false) }).strict(), { reads: ['incidents', 'profile'] }),
};
