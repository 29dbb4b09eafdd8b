import { describe, expect, it } from 'vitest';
import { emptyIncident, incidentInputSchemaFor, personalDataSchema, type IncidentCategory } from '../../../../shared/incidents/schema';
import { clockFor, decideReporting, incidentReporting, reportDeadlines } from '../../../../shared/incidents/reporting';

const data = (answers: Partial<ReturnType<typeof personalDataSchema.parse>>) => personalDataSchema.parse({ involved: true, ...answers });
const facts = (
  discoveredAt: string,
  answers: Parameters<typeof data>[0],
  sent: Partial<{ preliminarySentAt: string; finalSentAt: string }> = {},
  category: IncidentCategory = 'other',
) => ({
  category,
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

describe('deciding from what happened, not only from ticks', () => {
  it('treats ransomware on a server with 500 customers, default ticks, as mandatory with 60 days for the final report', () => {
    const reporting = incidentReporting(facts('2026-12-01', { people: 500 }, {}, 'malware'), '2026-12-01');
    expect(reporting.decision.verdict).toBe('required');
    expect(reporting.decision.triggers).toEqual(['malicious']);
    expect(reporting.clocks[1]).toMatchObject({ kind: 'final', due: '2027-01-30' });
  });
  it.each(['malware', 'phishing', 'unauthorisedAccess', 'credentialTheft', 'defacement'] as const)('counts %s as possibly malicious by default', (category) => {
    expect(decideReporting(data({ people: 1 }), category).triggers).toContain('malicious');
  });
  it('does not count a mistake as malicious unless ticked', () => {
    expect(decideReporting(data({ people: 1 }), 'misdelivery').verdict).toBe('notRequired');
  });
  it('lists every trigger that applies', () => {
    const decision = decideReporting(data({ people: 1500, sensitive: true, financial: true }), 'unauthorisedAccess');
    expect(decision.triggers).toEqual(['sensitive', 'financial', 'malicious', 'over1000']);
  });
  it('drops the malicious case of an attack only with a reason, and then gives 30 days', () => {
    const unticked = facts('2026-12-01', { people: 1500, notMaliciousReason: '' }, {}, 'malware');
    expect(incidentReporting(unticked, '2026-12-01').decision.triggers).toEqual(['malicious', 'over1000']);
    const withReason = facts('2026-12-01', { people: 1500, notMaliciousReason: '社内の試験で自分たちが暗号化した' }, {}, 'malware');
    const reporting = incidentReporting(withReason, '2026-12-01');
    expect(reporting.decision.triggers).toEqual(['over1000']);
    expect(reporting.clocks[1]).toMatchObject({ due: '2026-12-31' });
  });
  it('makes the form ask for the reason when an attack is unticked without one', () => {
    const fields = { ...emptyIncident('2026-12-01'), title: 'x', category: 'malware' as const };
    const unticked = { ...fields, personalData: { ...fields.personalData, involved: true, malicious: false } };
    const result = incidentInputSchemaFor('2026-12-01').safeParse(unticked);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain('personalData.notMaliciousReason');
    const explained = { ...unticked, personalData: { ...unticked.personalData, notMaliciousReason: '誤検知だった' } };
    expect(incidentInputSchemaFor('2026-12-01').safeParse(explained).success).toBe(true);
  });
  it('shows the 速報 as urgent from day 0, aiming at day 3 and at the latest day 5', () => {
    const reporting = incidentReporting(facts('2026-12-01', { people: 1500 }), '2026-12-01');
    expect(reporting.clocks[0]).toMatchObject({ kind: 'preliminary', target: '2026-12-04', targetDaysLeft: 3, due: '2026-12-06', daysLeft: 5, urgency: 'urgent' });
    expect(reporting.clocks[1]).toMatchObject({ kind: 'final', urgency: 'later' });
  });
});
