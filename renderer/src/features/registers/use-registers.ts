import { useMutation, useQuery } from '@tanstack/react-query';
import type { RegisterKind } from '../../../../shared/registers/fields';
import type { EntryValues } from '../../../../shared/registers/schema';
import { getApi } from '../../api/client';
import { apiQuery } from '../../api/query-client';

export function useRegisters() {
  return useQuery(apiQuery('registers', 'all'));
}

export function useSaveEntry(kind: RegisterKind) {
  return useMutation({ mutationFn: (entry: EntryValues & { id?: string }) => getApi().registers.save({ register: kind, entry } as never) });
}

export function useRemoveEntry(kind: RegisterKind) {
  return useMutation({ mutationFn: (id: string) => getApi().registers.remove({ register: kind, id }) });
}

/** The whole file as base64, read by the browser; the back end parses it (5 MB at most). */
export function fileAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}
