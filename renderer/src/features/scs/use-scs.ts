import { useMutation, useQuery } from '@tanstack/react-query';
import { getApi } from '../../api/client';
import { apiQuery } from '../../api/query-client';

type ScsApi = ReturnType<typeof getApi>['scs'];

/** The latest year's workbook with proposals, confirmation status and evidence, as of `today`. */
export function useWorkbook(today: string) {
  return useQuery(apiQuery('scs', 'current', { today }));
}

// The commands announce `scs` (and `actions` for a gap); query-client.ts refreshes the view.
export function useStartWorkbook() {
  return useMutation({ mutationFn: (year: number) => getApi().scs.start({ year }) });
}

export function useSetScope() {
  return useMutation({ mutationFn: (request: Parameters<ScsApi['setScope']>[0]) => getApi().scs.setScope(request) });
}

export function useAnswer() {
  return useMutation({ mutationFn: (request: Parameters<ScsApi['answer']>[0]) => getApi().scs.answer(request) });
}

export function useConfirm() {
  return useMutation({ mutationFn: (request: Parameters<ScsApi['confirm']>[0]) => getApi().scs.confirm(request) });
}
