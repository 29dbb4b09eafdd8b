import { useMutation, useQuery } from '@tanstack/react-query';
import type { ContactInput } from '../../../../shared/contacts/schema';
import type { Language } from '../../../../shared/settings/schema';
import { getApi } from '../../api/client';
import { apiQuery } from '../../api/query-client';

export function useContacts() {
  return useQuery(apiQuery('contacts', 'list'));
}

/** Every change announces `contacts`, so the list here and the incident picker both refresh. */
function useDirectoryMutation<T>(call: (input: T) => ReturnType<ReturnType<typeof getApi>['contacts']['list']>) {
  return useMutation({ mutationFn: call });
}

export const useSaveContact = () => useDirectoryMutation((contact: ContactInput) => getApi().contacts.save(contact));
export const useRemoveContact = () => useDirectoryMutation((id: string) => getApi().contacts.remove({ id }));
export const useMoveContact = () =>
  useDirectoryMutation((move: { id: string; direction: 'up' | 'down' }) => getApi().contacts.move(move));
export const useMarkChecked = () => useDirectoryMutation((id: string) => getApi().contacts.markChecked({ id }));
export const useRestorePresets = () => useDirectoryMutation(() => getApi().contacts.restorePresets());

export function useEmergencyCard() {
  return useMutation({ mutationFn: (language: Language) => getApi().contacts.emergencyCard({ language }) });
}
