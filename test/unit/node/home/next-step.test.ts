import { describe, expect, it } from 'vitest';
import { nextStep, nextStepHref, type HomeState } from '../../../../shared/home/next-step';

/** A shop that has done everything: a good result, a finished plan, fresh contacts of its own. */
const prepared: HomeState = {
  runningClocks: [],
  latest: { id: 'assess-1', band: 'mostly' },
  checkInProgress: false,
  openActions: 0,
  plannedActions: 3,
  ownContacts: 2,
  ownContactsNeedingCheck: 0,
};

describe('the one next step on home', () => {
  it('starts the self-check when none is finished, or continues the one begun', () => {
    expect(nextStep({ ...prepared, latest: null })).toEqual({ kind: 'selfCheck', started: false });
    expect(nextStep({ ...prepared, latest: null, checkInProgress: true })).toEqual({ kind: 'selfCheck', started: true });
  });

  it('asks for a plan after a weak result with no actions, on that result', () => {
    const step = nextStep({ ...prepared, latest: { id: 'assess-9', band: 'urgent' }, plannedActions: 0 });
    expect(step).toEqual({ kind: 'plan', band: 'urgent', assessmentId: 'assess-9' });
    expect(nextStepHref(step)).toBe('/self-check/results/assess-9');
    // A good result with no plan is not pushed to plan.
    expect(nextStep({ ...prepared, plannedActions: 0 }).kind).toBe('routine');
  });

  it('puts a running reporting clock before everything else', () => {
    const step = nextStep({ ...prepared, latest: null, ownContacts: 0, runningClocks: [{ incidentId: 'inc-1', title: '誤送信' }, { incidentId: 'inc-2', title: 'ウイルス' }] });
    expect(step).toEqual({ kind: 'report', incidentId: 'inc-1', title: '誤送信' });
    expect(nextStepHref(step)).toBe('/incidents/inc-1');
  });

  it('asks to add contacts when only public desks are listed, and to check stale ones', () => {
    expect(nextStep({ ...prepared, ownContacts: 0 })).toEqual({ kind: 'addContacts' });
    expect(nextStep({ ...prepared, ownContactsNeedingCheck: 1 })).toEqual({ kind: 'checkContacts', count: 1 });
  });

  it('says all is in order only when the data supports it', () => {
    expect(nextStep(prepared)).toEqual({ kind: 'routine' });
    expect(nextStep({ ...prepared, openActions: 2 })).toEqual({ kind: 'openActions', count: 2 });
  });
});
