import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type { IncidentFilterInput } from '../../../../shared/incidents/list';
import { localDay, type Incident, type IncidentInput } from '../../../../shared/schemas/incident';
import { getApi } from '../../api/client';
import { apiQuery } from '../../api/query-client';

export function useIncidentList(filter: IncidentFilterInput) {
  return useQuery({ ...apiQuery('incidents', 'list', { ...filter, today: localDay(new Date()) }), placeholderData: keepPreviousData });
}

export function useIncidentOverview() {
  return useQuery(apiQuery('incidents', 'overview', { today: localDay(new Date()) }));
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

export function useUpdateIncident(id: string) {
  return useMutation({ mutationFn: (incident: IncidentInput) => getApi().incidents.update({ id, incident }) });
}

export function useMarkWeak(id: string) {
  return useMutation({ mutationFn: (questionIds: Incident['provenWeak']) => getApi().incidents.markWeak({ id, questionIds }) });
}
