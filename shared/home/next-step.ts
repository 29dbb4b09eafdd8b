import type { Band } from '../self-check/scoring';

/**
 * The one thing home asks the owner to do next, decided from the data alone. The order is the
 * order of harm: a legal reporting deadline first, then knowing where one stands, then a plan
 * for a weak result, then being able to call someone when it goes wrong.
 */
export type NextStep =
  | { kind: 'report'; incidentId: string; title: string }
  | { kind: 'selfCheck'; started: boolean }
  | { kind: 'plan'; band: Band; assessmentId: string }
  | { kind: 'addContacts' }
  | { kind: 'checkContacts'; count: number }
  | { kind: 'openActions'; count: number }
  | { kind: 'routine' };

export interface HomeState {
  /** Incidents whose reporting clock is running, most urgent first. */
  runningClocks: { incidentId: string; title: string }[];
  /** The latest finished self-check (its band); null when none is finished. */
  latest: { id: string; band: Band } | null;
  /** A self-check was begun but not finished. */
  checkInProgress: boolean;
  /** Actions not done yet; all actions ever planned. */
  openActions: number;
  plannedActions: number;
  /** The owner's own contacts (not the preset public desks), and how many of them are due a check. */
  ownContacts: number;
  ownContactsNeedingCheck: number;
}

/** A result that needs a plan: anything below 「おおむね対策できています」. */
export const weakBands: readonly Band[] = ['gaps', 'urgent'];

export function nextStep(state: HomeState): NextStep {
  const clock = state.runningClocks[0];
  if (clock) return { kind: 'report', incidentId: clock.incidentId, title: clock.title };
  if (state.latest === null) return { kind: 'selfCheck', started: state.checkInProgress };
  if (weakBands.includes(state.latest.band) && state.plannedActions === 0) return { kind: 'plan', band: state.latest.band, assessmentId: state.latest.id };
  if (state.ownContacts === 0) return { kind: 'addContacts' };
  if (state.ownContactsNeedingCheck > 0) return { kind: 'checkContacts', count: state.ownContactsNeedingCheck };
  if (state.openActions > 0) return { kind: 'openActions', count: state.openActions };
  return { kind: 'routine' };
}

/** Where the step's one button leads. */
export function nextStepHref(step: NextStep): string {
  switch (step.kind) {
    case 'report':
      return `/incidents/${step.incidentId}`;
    case 'selfCheck':
      return '/self-check';
    case 'plan':
      return `/self-check/results/${step.assessmentId}`;
    case 'addContacts':
      return '/contacts/new';
    case 'checkContacts':
      return '/contacts';
    case 'openActions':
      return '/self-check/actions';
    case 'routine':
      return '/self-check';
  }
}
