import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/api/result';
import { visitInputSchema, type NextStep, type Visit, type VisitInput } from '../../../shared/visits/schema';
import { addAction } from '../actions';
import type { Workspace } from '../../services/workspaces';
import { visitsSpec } from './documents';
import { baselineOf, readCompany } from './facts';

export function readVisits(ws: Workspace): Visit[] {
  return ws.document(visitsSpec).get();
}

/** Newest first: the order the page lists them. */
export function listVisits(ws: Workspace): Visit[] {
  return [...readVisits(ws)].sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt));
}

/**
 * Each agreed next step without an action becomes one (owner, due date, and the visit in its
 * note), so the company's action plan carries it; a step already made into one is left alone.
 */
function stepsAsActions(ws: Workspace, steps: NextStep[], note: string, now: Date): NextStep[] {
  return steps.map((step) => {
    if (step.actionId) return step;
    const action = addAction(ws, { title: step.title, owner: step.owner, dueDate: step.dueDate, note }, now);
    return { ...step, actionId: action.id };
  });
}

/**
 * A new visit records the company's state at that moment (its baseline); a correction keeps the
 * baseline it had, so "what changed since" does not move when a typo is fixed later.
 */
export function saveVisit(ws: Workspace, id: string | null, input: VisitInput, now: Date, actionNote: (date: string) => string): Visit {
  const values = visitInputSchema.parse(input);
  const existing = id ? readVisits(ws).find((v) => v.id === id) : undefined;
  if (id && !existing) throw new AppError('not_found', 'visit');
  const at = now.toISOString();
  const nextSteps = stepsAsActions(ws, values.nextSteps, actionNote(values.date), now);
  const saved: Visit = existing
    ? { ...existing, ...values, nextSteps, updatedAt: at }
    : { id: randomUUID(), ...values, nextSteps, baseline: baselineOf(readCompany(ws)), createdAt: at, updatedAt: at };
  ws.document(visitsSpec).update((all) => (existing ? all.map((v) => (v.id === saved.id ? saved : v)) : [...all, saved]));
  return saved;
}

export function removeVisit(ws: Workspace, id: string): void {
  if (!readVisits(ws).some((v) => v.id === id)) throw new AppError('not_found', 'visit');
  ws.document(visitsSpec).update((all) => all.filter((v) => v.id !== id));
}
