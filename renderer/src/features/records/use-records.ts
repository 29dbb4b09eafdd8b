import { useMutation, useQuery } from '@tanstack/react-query';
import type { RecordInput } from '../../../../shared/records/schema';
import { getApi } from '../../api/client';
import { apiQuery } from '../../api/query-client';

export function useRecords() {
  return useQuery(apiQuery('records', 'list'));
}

/** The obligations as of the user's local `today` (the calendar's rules count from it). */
export function useCalendar(today: string) {
  return useQuery(apiQuery('records', 'calendar', { today }));
}

// The commands announce `records`; query-client.ts refreshes the list and the calendar.
export function useAddRecord() {
  return useMutation({ mutationFn: (input: RecordInput) => getApi().records.add(input) });
}

export function useUpdateRecord() {
  return useMutation({ mutationFn: (input: { id: string; entry: RecordInput }) => getApi().records.update(input) });
}

export function useRemoveRecord() {
  return useMutation({ mutationFn: (id: string) => getApi().records.remove({ id }) });
}
