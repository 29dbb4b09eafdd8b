import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { IncidentFilterInput } from '../../../../shared/incidents/list';
import { localDay, type Incident, type IncidentInput } from '../../../../shared/schemas/incident';
import { getApi } from '../../api/client';

/** Query keys of this feature; every save invalidates the whole `incidents` family. */
export const incidentKeys = {
  all: ['incidents'] as const,
  list: (filter: IncidentFilterInput) => ['incidents', 'list', filter] as const,
  overview: ['incidents', 'overview'] as const,
  one: (id: string) => ['incidents', 'one', id] as const,
  contacts: ['incidents', 'contacts'] as const,
};

export function useIncidentList(filter: IncidentFilterInput) {
  return useQuery({ queryKey: incidentKeys.list(filter), queryFn: () => getApi().incidents.list({ ...filter, today: localDay(new Date()) }), placeholderData: keepPreviousData });
}

export function useIncidentOverview() {
  return useQuery({ queryKey: incidentKeys.overview, queryFn: () => getApi().incidents.overview({ today: localDay(new Date()) }) });
}

export function useIncident(id: string) {
  return useQuery({ queryKey: incidentKeys.one(id), queryFn: () => getApi().incidents.get({ id }) });
}

export function useContactChoices() {
  return useQuery({ queryKey: incidentKeys.contacts, queryFn: () => getApi().incidents.contacts() });
}

function useAfterSave() {
  const client = useQueryClient();
  return (saved: Incident) => {
    client.setQueryData(incidentKeys.one(saved.id), saved);
    void client.invalidateQueries({ queryKey: incidentKeys.all, predicate: (q) => q.queryKey[1] !== 'one' });
  };
}

export function useCreateIncident() {
  const onSuccess = useAfterSave();
  return useMutation({ mutationFn: (input: IncidentInput) => getApi().incidents.create(input), onSuccess });
}

export function useUpdateIncident(id: string) {
  const onSuccess = useAfterSave();
  return useMutation({ mutationFn: (incident: IncidentInput) => getApi().incidents.update({ id, incident }), onSuccess });
}

export function useMarkWeak(id: string) {
  const onSuccess = useAfterSave();
  return useMutation({ mutationFn: (questionIds: Incident['provenWeak']) => getApi().incidents.markWeak({ id, questionIds }), onSuccess });
}
