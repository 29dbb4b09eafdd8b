import { z } from 'zod';
import { command, query } from '../api/endpoint';
import { byId, id, noInput } from '../schemas/common';
import type { GeneratedFile } from '../files/schema';
import { languageSchema } from '../settings/schema';
import type { QuestionId } from '../self-check/question-ids';
import type { ChangeSinceVisit } from './changes';
import { programmesSchema, type Programme } from './programmes';
import { visitInputSchema, type Visit } from './schema';

/** An open action as the visit preparation lists it. */
export interface DueAction {
  id: string;
  title: string;
  owner: string;
  dueDate: string;
}

/** A personal-data report whose deadline is running, for the visit preparation. */
export interface RunningClock {
  incidentId: string;
  title: string;
  kind: 'preliminary' | 'final';
  due: string;
  daysLeft: number;
}

/** What a supporter looks at before the next visit (research-2026 §5 item 4). */
export interface VisitPreparation {
  lastVisit: Pick<Visit, 'id' | 'date' | 'kind'> | null;
  /** The next visit planned on any record (see `plannedNextVisit`); '' when none. */
  nextVisitOn: string;
  change: ChangeSinceVisit;
  overdueActions: DueAction[];
  /** Open actions due by the next visit day (or within 30 days when none is set). */
  dueSoon: DueAction[];
  contactsNeedingCheck: number;
  runningClocks: RunningClock[];
  /** Questions of the latest self-check answered わからない: ask about them at the visit. */
  unknownAnswers: QuestionId[];
}

/** The visits and consultations a supporter records for the window's company. */
export const visitsContract = {
  /** Newest first. */
  list: query<Visit[]>()(noInput, { reads: ['visits'] }),
  /** Records a new visit (`id` null) or corrects one; next steps without an action become actions. */
  save: command<Visit>()(z.object({ id: id.nullable(), visit: visitInputSchema }).strict()),
  remove: command<null>()(byId),
  /** The company's programmes: its own edited copy, or the built-in ones in the app's language. */
  programmes: query<Programme[]>()(noInput, { reads: ['visit-programmes', 'settings'] }),
  saveProgrammes: command<Programme[]>()(z.object({ programmes: programmesSchema }).strict()),
  /** Drops the company's edited copy: the built-in programmes (in the app's language) again. */
  resetProgrammes: command<Programme[]>()(noInput),
  /** What changed since the last visit, what is due, and what the owner did not know. */
  prepare: query<VisitPreparation>()(noInput, { reads: ['visits', 'actions', 'incidents', 'self-checks', 'contacts'] }),
  /** One A4 page with signature lines; the owner's copy shows what changed since the visit before. */
  printVisit: query<GeneratedFile>()(z.object({ id, language: languageSchema }).strict(), { reads: ['visits', 'profile', 'workspace'] }),
};
