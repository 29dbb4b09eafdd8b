import { describe, expect, it } from 'vitest';
import { demoProfile } from '../../../../../shared/profile/demo';
import { controlQuestions, insurerControlIds, insurerControls } from '../../../../../shared/summary/insurer/controls';
import type { SummarySelfCheck } from '../../../../../shared/summary/input';
import { fixtureSelfCheck } from '../../../../fixtures/summary-input';

const withAnswers = (answers: Record<string, 'yes' | 'partly' | 'no' | 'unknown'>): SummarySelfCheck => ({
  ...fixtureSelfCheck(),
  answers: Object.fromEntries(Object.entries(answers).map(([q, answer]) => [q, { answer, answeredAt: '2026-11-20' }])),
});
const stateOf = (check: SummarySelfCheck | null, id: string, profile = demoProfile()) =>
  insurerControls({ selfCheck: check, profile }).find((c) => c.id === id)!;

describe('insurer controls from the self-check', () => {
  it('maps 実施 / 一部 / 未実施 / 不明 from the deciding answer', () => {
    expect(stateOf(withAnswers({ q02: 'yes' }), 'antiMalware').state).toBe('implemented');
    expect(stateOf(withAnswers({ q11: 'partly' }), 'backup').state).toBe('partial');
    expect(stateOf(withAnswers({ q01: 'no' }), 'patching').state).toBe('notImplemented');
    expect(stateOf(withAnswers({ q20: 'unknown' }), 'training').state).toBe('unknown');
  });

  it('is 不明, never 未実施, when the question was not answered or there is no self-check', () => {
    expect(stateOf(withAnswers({}), 'antiMalware').state).toBe('unknown');
    expect(stateOf(null, 'incidentResponse').state).toBe('unknown');
    for (const id of insurerControlIds) expect(stateOf(null, id).state).toBe('unknown');
  });

  it('is 不明 for what no question asks (MFA, offline copy, restore test, payment checks) even when every answer is "no"', () => {
    const allNo = withAnswers(Object.fromEntries(Array.from({ length: 25 }, (_, i) => [`q${String(i + 1).padStart(2, '0')}`, 'no'])));
    for (const id of ['mfa', 'backupOffline', 'restoreTest', 'paymentFraud']) {
      expect(controlQuestions[id as keyof typeof controlQuestions].decidedBy).toBeNull();
      const control = stateOf(allNo, id);
      expect(control.state).toBe('unknown');
      expect(control.evidence[0]).toEqual({ kind: 'notAsked' });
    }
  });

  it('shows the answer and its day as evidence, and the monitoring contract for incident response', () => {
    const control = stateOf(withAnswers({ q24: 'partly' }), 'incidentResponse');
    expect(control.evidence).toContainEqual({ kind: 'answer', questionId: 'q24', answer: 'partly', date: '2026-11-20' });
    const service = demoProfile().securityService;
    expect(control.evidence).toContainEqual({ kind: 'securityService', name: service.name, contractId: service.contractId });
    const training = stateOf(withAnswers({ q20: 'yes', q05: 'no' }), 'training');
    expect(training.state).toBe('implemented');
    expect(training.evidence.map((e) => (e.kind === 'answer' ? e.questionId : e.kind))).toEqual(['q20', 'q05']);
  });
});
