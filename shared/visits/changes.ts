import type { Visit, VisitBaseline } from './schema';

/** What changed between two moments of a company: the score, actions finished, new incidents. */
export interface ChangeSinceVisit {
  /** The visit compared with; null when there was none before. */
  since: { id: string; date: string } | null;
  scoreBefore: number | null;
  scoreNow: number | null;
  /** null when either side has no finished self-check. */
  scoreChange: number | null;
  actionsDone: number;
  newIncidents: number;
}

export function changeBetween(before: { id: string; date: string; baseline: VisitBaseline } | null, now: VisitBaseline): ChangeSinceVisit {
  if (!before) return { since: null, scoreBefore: null, scoreNow: now.score, scoreChange: null, actionsDone: 0, newIncidents: 0 };
  const b = before.baseline;
  return {
    since: { id: before.id, date: before.date },
    scoreBefore: b.score,
    scoreNow: now.score,
    scoreChange: b.score === null || now.score === null ? null : now.score - b.score,
    // Counts, not ids: an action deleted in between must not make the figure negative.
    actionsDone: Math.max(0, now.actionsDone - b.actionsDone),
    newIncidents: Math.max(0, now.incidents - b.incidents),
  };
}

/** Visits oldest first by date, then by when they were recorded (two on one day stay in order). */
export function chronological(visits: readonly Visit[]): Visit[] {
  return [...visits].sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt));
}

/** The visit recorded before `id`, the one whose baseline this visit's owner copy is compared with. */
export function visitBefore(visits: readonly Visit[], id: string): Visit | null {
  const ordered = chronological(visits);
  const index = ordered.findIndex((v) => v.id === id);
  return index > 0 ? ordered[index - 1]! : null;
}

/**
 * The next visit planned: the earliest of the next-visit days set on records and of records
 * dated ahead, from today on; '' when none is planned.
 */
export function plannedNextVisit(visits: readonly Visit[], today: string): string {
  const days = visits.flatMap((v) => [v.nextVisitOn, v.date > today ? v.date : '']).filter((day) => day !== '' && day >= today);
  return days.sort()[0] ?? '';
}

export function latestVisit(visits: readonly Visit[], today: string): Visit | null {
  return chronological(visits).filter((v) => v.date <= today).at(-1) ?? null;
}
