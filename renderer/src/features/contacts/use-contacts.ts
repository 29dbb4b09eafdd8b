import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ContactInput } from '../../../../shared/schemas/contact';
import type { Language } from '../../../../shared/schemas/settings';
import { getApi } from '../../api/client';

/** The contacts directory; the incident log and the summary may read it through this key too. */
export const contactsQueryKey = ['contacts'] as const;

export function useContacts() {
  return useQuery({ queryKey: contactsQueryKey, queryFn: () => getApi().contacts.list() });
}

/** Every change returns the whole directory, which becomes the cached list. */
function useDirectoryMutation<T>(call: (input: T) => ReturnType<ReturnType<typeof getApi>['contacts']['list']>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: (contacts) => client.setQueryData(contactsQueryKey, contacts),
  });
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
