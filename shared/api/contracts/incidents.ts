import { z } from 'zod';
import { endpoint } from '../endpoint';
import { byId, id, isoDate, noInput, optionalText } from '../../schemas/common';
import { incidentInputSchema, type Incident } from '../../schemas/incident';
import type { GeneratedFile } from '../../schemas/files';
import type { ActionItem } from '../../schemas/action';
import type { ContactRole } from '../../schemas/contact';
import { questionIds } from '../../selfcheck/question-ids';
import { incidentFilterSchema, type IncidentRow } from '../../incidents/list';

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
  list: endpoint<IncidentRow[]>()(incidentFilterSchema),
  /** For the home page: open incidents and running reporting clocks. */
  overview: endpoint<IncidentOverview>()(z.object({ today: z.union([isoDate, z.literal('')]).default('') }).strict()),
  get: endpoint<Incident>()(byId),
  create: endpoint<Incident>()(incidentInputSchema),
  update: endpoint<Incident>()(z.object({ id, incident: incidentInputSchema }).strict()),
  remove: endpoint<{ removed: boolean }>()(byId),
  /** The contacts directory, for linking a notification to a contact. */
  contacts: endpoint<ContactChoice[]>()(noInput),
  /** Replaces the self-check questions this incident proved weak. */
  markWeak: endpoint<Incident>()(z.object({ id, questionIds: z.array(z.enum(questionIds)).max(questionIds.length) }).strict()),
  createAction: endpoint<ActionItem>()(
    z.object({ id, title: optionalText.pipe(z.string().min(1, { error: 'required' })), questionId: z.enum(questionIds).nullable().default(null) }).strict(),
  ),
  exportCsv: endpoint<GeneratedFile>()(incidentFilterSchema),
  exportVeris: endpoint<GeneratedFile>()(incidentFilterSchema.extend({ includeText: z.boolean().default(false) }).strict()),
};
