import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { IncidentFilterInput } from '../../../../shared/incidents/list';
import type { AddLogEntryRequest, IncidentLog } from '../../../../shared/incidents/log-entries';
import { type Incident, type IncidentInput, type IncidentRecordInput } from '../../../../shared/incidents/schema';
import { getApi } from '../../api/client';
import { apiQuery, apiQueryKey } from '../../api/query-client';
import { localDay } from '../../../../shared/dates/local-day';
import type { FirstStepId } from '../../../../shared/incidents/first-steps';

export function useIncidentList(filter: IncidentFilterInput) {
  return useQuery({ ...apiQuery('incidents', 'list', { ...filter, today: localDay() }), placeholderData: keepPreviousData });
}

export function useIncidentOverview() {
  return useQuery(apiQuery('incidents', 'overview', { today: localDay() }));
}

export function useIncident(id: string) {
  return useQuery(apiQuery('incidents', 'get', { id }));
}

export function useContactChoices() {
  return useQuery(apiQuery('incidents', 'contacts'));
}

export function useCreateIncident() {
  return useMutation({ mutationFn: (input: IncidentInput) => getApi().incidents.create(input) });
}

/** `revision` is the one the change started from; another window's save in between gives `conflict`. */
export function useUpdateIncident(id: string) {
  return useMutation({
    mutationFn: ({ revision, record }: { revision: number; record: IncidentRecordInput }) => getApi().incidents.update({ id, revision, incident: record }),
  });
}

/** One entry of one log at a time, so what another window added meanwhile is kept. */
export function useIncidentLog(id: string, log: IncidentLog) {
  return {
    add: (entry: Record<string, unknown>) => getApi().incidents.addEntry({ id, log, entry } as AddLogEntryRequest),
    remove: (entryId: string) => getApi().incidents.removeEntry({ id, log, entryId }),
  };
}

/** Deletes the record and its "proven weak" marks; actions made from it stay. */
export function useRemoveIncident(id: string) {
  return useMutation({ mutationFn: () => getApi().incidents.remove({ id }) });
}

export function useMarkWeak(id: string) {
  return useMutation({ mutationFn: (questionIds: Incident['provenWeak']) => getApi().incidents.markWeak({ id, questionIds }) });
}

/** Ticks or unticks one first-steps item; the back end stores the time and adds it to the timeline. */
export function useTickFirstStep(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ item, done }: { item: FirstStepId; done: boolean }) => getApi().incidents.tickFirstStep({ id, item, done, today: localDay() }),
    // A read of the record still under way (e.g. after it was just created) would land after the
    // tick with the record as it was and untick the box: it is dropped, and read again later.
    onMutate: () => client.cancelQueries({ queryKey: apiQueryKey('incidents', 'get', { id }) }),
    // The saved incident at once, so the tick does not flicker off until the refetch lands.
    onSuccess: (saved) => client.setQueryData(apiQueryKey('incidents', 'get', { id }), saved),
  });
}
