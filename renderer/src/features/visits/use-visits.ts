import { useMutation, useQuery } from '@tanstack/react-query';
import type { Language } from '../../../../shared/settings/schema';
import type { Programme } from '../../../../shared/visits/programmes';
import type { VisitInput } from '../../../../shared/visits/schema';
import { getApi } from '../../api/client';
import { apiQuery } from '../../api/query-client';

export function useVisits() {
  return useQuery(apiQuery('visits', 'list'));
}

export function useProgrammes() {
  return useQuery(apiQuery('visits', 'programmes'));
}

export function useVisitPreparation() {
  return useQuery(apiQuery('visits', 'prepare'));
}

export function useSaveVisit() {
  return useMutation({ mutationFn: ({ id, visit }: { id: string | null; visit: VisitInput }) => getApi().visits.save({ id, visit }) });
}

export function useRemoveVisit() {
  return useMutation({ mutationFn: (id: string) => getApi().visits.remove({ id }) });
}

export function usePrintVisit() {
  return useMutation({ mutationFn: ({ id, language }: { id: string; language: Language }) => getApi().visits.printVisit({ id, language }) });
}

export function useResetProgrammes() {
  return useMutation({ mutationFn: () => getApi().visits.resetProgrammes() });
}

export function useSaveProgrammes() {
  return useMutation({ mutationFn: (programmes: Programme[]) => getApi().visits.saveProgrammes({ programmes }) });
}
