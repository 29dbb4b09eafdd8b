import { describe, expect, it } from 'vitest';
import { personalDataSchema } from '../../../../shared/incidents/schema';
import { clockFor, decideReporting, incidentReporting, reportDeadlines } from '../../../../shared/incidents/reporting';

const data = (answers: Partial<ReturnType<typeof personalDataSchema.parse>>) => personalDataSchema.parse({ involved: true, ...answers });
const facts = (discoveredAt: string, answers: Parameters<typeof data>[0], sent: Partial<{ preliminarySentAt: string; finalSentAt: string }> = {}) => ({
  discoveredAt,
  personalData: data(answers),
  reporting: { preliminarySentAt: '', finalSentAt: '', peopleNotifiedAt: '', ...sent },
});

describe('whether the PPC report is mandatory', () => {
  it('is not needed when no personal data is involved', () => {
    expect(decideReporting(personalDataSchema.parse({ sensitive: true })).verdict).toBe('notRequired');
  });
  it.each([
    ['sensitive data, one person', { people: 1, sensitive: true }, ['sensitive']],
    ['card or bank data, one person', { people: 1, financial: true }, ['financial']],
    ['possibly malicious, even with few people', { people: 3, malicious: true }, ['malicious']],
    ['more than 1,000 people', { people: 1001 }, ['over1000']],
  ] as const)('is required for %s', (_name, answers, triggers) => {
    const decision = decideReporting(data(answers));
    expect(decision.verdict).toBe('required');
    expect(decision.triggers).toEqual(triggers);
    expect(decision.notifyPeople).toBe(true);
  });
  it('is not required for exactly 1,000 ordinary records', () => {
    expect(decideReporting(data({ people: 1000 })).verdict).toBe('notRequired');
  });
  it('waits for a head count when nothing else applies', () => {
    expect(decideReporting(data({ people: null })).verdict).toBe('undecided');
  });
  it('is not needed when the data was strongly encrypted', () => {
    const decision = decideReporting(data({ people: 5000, sensitive: true, encrypted: true }));
    expect(decision).toMatchObject({ verdict: 'notRequired', exemptByEncryption: true, notifyPeople: false });
  });
});

describe('reporting clocks from the discovery date', () => {
  it('gives 3–5 days for the preliminary and 30 days for the final report', () => {
    expect(reportDeadlines('2026-11-20', false)).toEqual({ preliminaryTarget: '2026-11-23', preliminaryDue: '2026-11-25', finalDue: '2026-12-20' });
  });
  it('gives 60 days for the final report when it may have been malicious, across a year end', () => {
    expect(reportDeadlines('2026-12-15', true).finalDue).toBe('2027-02-13');
  });
  it('counts days left, due today and overdue', () => {
    expect(clockFor('preliminary', '2026-11-25', '', '2026-11-22')).toMatchObject({ daysLeft: 3, urgency: 'soon' });
    expect(clockFor('preliminary', '2026-11-25', '', '2026-11-25')).toMatchObject({ daysLeft: 0, urgency: 'today' });
    expect(clockFor('preliminary', '2026-11-25', '', '2026-11-27')).toMatchObject({ daysLeft: -2, urgency: 'overdue' });
    expect(clockFor('final', '2026-12-20', '', '2026-11-25')).toMatchObject({ daysLeft: 25, urgency: 'later' });
  });
  it('stops a clock once its report is recorded as sent', () => {
    const running = incidentReporting(facts('2026-11-01', { people: 2, malicious: true }), '2026-11-25');
    expect(running.status).toBe('overdue');
    const sent = incidentReporting(facts('2026-11-01', { people: 2, malicious: true }, { preliminarySentAt: '2026-11-04' }), '2026-11-25');
    expect(sent.status).toBe('finalDue');
    expect(sent.clocks[0]).toMatchObject({ urgency: 'done', daysLeft: null });
    expect(sent.clocks[1]).toMatchObject({ due: '2026-12-31', daysLeft: 36 });
    const done = incidentReporting(facts('2026-11-01', { people: 2, malicious: true }, { preliminarySentAt: '2026-11-04', finalSentAt: '2026-11-20' }), '2026-11-25');
    expect(done.status).toBe('done');
  });
  it('runs no clock when no report is needed', () => {
    expect(incidentReporting(facts('2026-11-01', { people: 10 }), '2026-11-25')).toMatchObject({ status: 'notRequired', clocks: [] });
  });
});
