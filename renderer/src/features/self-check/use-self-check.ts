import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AnswerRequest, Assessment, SecurityPolicyInput } from '../../../../shared/self-check/schema';
import { getApi } from '../../api/client';
import { apiQuery, apiQueryKey } from '../../api/query-client';

export function useAssessments() {
  return useQuery(apiQuery('selfCheck', 'list'));
}

export function usePolicy() {
  return useQuery(apiQuery('selfCheck', 'getPolicy'));
}

export function useWeaknesses() {
  return useQuery(apiQuery('selfCheck', 'weaknesses'));
}

/**
 * Puts a changed assessment into the cached list at once, so the wizard never shows the answer
 * before the one just given while the announced `self-checks` change refetches the list.
 */
function useStoreAssessment() {
  const client = useQueryClient();
  return (saved: Assessment) =>
    client.setQueryData<Assessment[]>(apiQueryKey('selfCheck', 'list'), (all = []) =>
      all.some((a) => a.id === saved.id) ? all.map((a) => (a.id === saved.id ? saved : a)) : [...all, saved],
    );
}

export function useStartAssessment() {
  const store = useStoreAssessment();
  return useMutation({ mutationFn: () => getApi().selfCheck.start(), onSuccess: store });
}

export function useSaveAnswer() {
  const store = useStoreAssessment();
  return useMutation({ mutationFn: (request: AnswerRequest) => getApi().selfCheck.answer(request), onSuccess: store });
}

export function useSetPosition() {
  const store = useStoreAssessment();
  return useMutation({
    mutationFn: (r: { assessmentId: string; position: number }) => getApi().selfCheck.setPosition(r),
    onSuccess: store,
  });
}

export function useFinishAssessment() {
  const store = useStoreAssessment();
  return useMutation({ mutationFn: (assessmentId: string) => getApi().selfCheck.finish({ assessmentId }), onSuccess: store });
}

// The commands below announce what they changed; query-client.ts refreshes the lists that read it.
export function useDiscardAssessment() {
  return useMutation({ mutationFn: (assessmentId: string) => getApi().selfCheck.discard({ assessmentId }) });
}

export function useSavePolicy() {
  return useMutation({ mutationFn: (policy: SecurityPolicyInput) => getApi().selfCheck.savePolicy(policy) });
}
