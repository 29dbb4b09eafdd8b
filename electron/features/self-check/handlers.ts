import { randomUUID } from 'node:crypto';
import type { Handlers } from '../../../shared/api/contract';
import { AppError } from '../../../shared/api/result';
import { catalogFor, catalogId } from '../../../shared/self-check/catalog';
import { scoreAnswers } from '../../../shared/self-check/scoring';
import type { Assessment } from '../../../shared/self-check/schema';
import { assessmentsSpec, securityPolicySpec } from './documents';
import { weaknessesSpec } from './weaknesses';
import type { Services } from '../../services/services';

export function selfCheckHandlers(services: Services): Handlers['selfCheck'] {
  const store = () => services.requestWorkspace().document(assessmentsSpec);
  const now = () => services.now().toISOString();

  /** Changes one unfinished assessment; finished ones are history and stay as they were. */
  const changeOpen = (assessmentId: string, change: (a: Assessment) => Assessment): Assessment => {
    // Look before writing: a call about an unknown or finished check must not touch the file.
    const current = store().get().find((a) => a.id === assessmentId);
    if (!current) throw new AppError('not_found', 'assessment');
    if (current.completedAt) throw new AppError('conflict', 'assessment already finished');
    const changed = { ...change(current), updatedAt: now() };
    store().update((all) => all.map((a) => (a.id === assessmentId ? changed : a)));
    return changed;
  };

  return {
    list: () => services.requestWorkspaceOrNull()?.document(assessmentsSpec).get() ?? [],
    start: ({ catalogVersion }) => {
      const open = store().get().find((a) => a.completedAt === null);
      if (open) return open;
      const at = now();
      const created: Assessment = {
        id: randomUUID(),
        catalogId,
        catalogVersion,
        startedAt: at,
        updatedAt: at,
        completedAt: null,
        position: 0,
        answers: {},
      };
      store().update((all) => [...all, created]);
      return created;
    },
    answer: ({ assessmentId, questionId, value, note, position }) =>
      changeOpen(assessmentId, (a) => ({
        ...a,
        position,
        answers: { ...a.answers, [questionId]: { value, note, answeredAt: now() } },
      })),
    setPosition: ({ assessmentId, position }) => changeOpen(assessmentId, (a) => ({ ...a, position })),
    finish: ({ assessmentId }) =>
      changeOpen(assessmentId, (a) => {
        const catalog = catalogFor(a.catalogVersion);
        // An unanswered question is not "わからない": only a complete check can be finished.
        if (!catalog || !scoreAnswers(catalog, a.answers).complete) throw new AppError('invalid_request', 'incomplete');
        return { ...a, completedAt: now() };
      }),
    discard: ({ assessmentId }) => {
      const target = store().get().find((a) => a.id === assessmentId);
      if (!target) throw new AppError('not_found', 'assessment');
      if (target.completedAt) throw new AppError('conflict', 'finished checks are kept');
      store().update((all) => all.filter((a) => a.id !== assessmentId));
      return null;
    },
    getPolicy: () => services.requestWorkspaceOrNull()?.document(securityPolicySpec).get() ?? { exists: false, publishedOn: '' },
    savePolicy: (policy) => services.requestWorkspace().document(securityPolicySpec).set(policy.exists ? policy : { exists: false, publishedOn: '' }),
    weaknesses: () => services.requestWorkspaceOrNull()?.document(weaknessesSpec).get() ?? [],
  };
}
