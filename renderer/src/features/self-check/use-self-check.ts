import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { NewAction } from '../../../../shared/schemas/action';
import type { ActionUpdate } from '../../../../shared/api/contracts/actions';
import type { AnswerRequest, Assessment, SecurityPolicyInput } from '../../../../shared/schemas/self-check';
import { getApi } from '../../api/client';

export const selfCheckKeys = {
  assessments: ['selfCheck', 'assessments'] as const,
  policy: ['selfCheck', 'policy'] as const,
  weaknesses: ['selfCheck', 'weaknesses'] as const,
  actions: ['actions'] as const,
};

export function useAssessments() {
  return useQuery({ queryKey: selfCheckKeys.assessments, queryFn: () => getApi().selfCheck.list() });
}

export function usePolicy() {
  return useQuery({ queryKey: selfCheckKeys.policy, queryFn: () => getApi().selfCheck.getPolicy() });
}

export function useWeaknesses() {
  return useQuery({ queryKey: selfCheckKeys.weaknesses, queryFn: () => getApi().selfCheck.weaknesses() });
}

export function useActions() {
  return useQuery({ queryKey: selfCheckKeys.actions, queryFn: () => getApi().actions.list() });
}

/** Puts a changed assessment into the cached list, so every page sees the saved state at once. */
function useStoreAssessment() {
  const client = useQueryClient();
  return (saved: Assessment) =>
    client.setQueryData<Assessment[]>(selfCheckKeys.assessments, (all = []) =>
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

export function useDiscardAssessment() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (assessmentId: string) => getApi().selfCheck.discard({ assessmentId }),
    onSuccess: () => client.invalidateQueries({ queryKey: selfCheckKeys.assessments }),
  });
}

export function useSavePolicy() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (policy: SecurityPolicyInput) => getApi().selfCheck.savePolicy(policy),
    onSuccess: (saved) => client.setQueryData(selfCheckKeys.policy, saved),
  });
}

export function useSaveAction() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: NewAction | ActionUpdate) =>
      'id' in input ? getApi().actions.update(input) : getApi().actions.create(input),
    onSuccess: () => client.invalidateQueries({ queryKey: selfCheckKeys.actions }),
  });
}

export function useRemoveAction() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => getApi().actions.remove({ id }),
    onSuccess: () => client.invalidateQueries({ queryKey: selfCheckKeys.actions }),
  });
}
