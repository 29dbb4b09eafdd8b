import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { registerKinds, titleField } from '../../../../shared/registers/fields';
import type { RegisterEntry } from '../../../../shared/registers/schema';
import { apiQuery } from '../../api/query-client';

/** A register row's name by its id (read through the API), so a claim reads "台帳 受付PC", not an id. */
export function useRegisterEntryName(): (id: string) => string {
  const registers = useQuery(apiQuery('registers', 'all'));
  return useMemo(() => {
    const names = new Map<string, string>();
    for (const kind of registerKinds) for (const entry of (registers.data?.[kind] ?? []) as RegisterEntry[]) names.set(entry.id, String(entry[titleField[kind]]));
    return (id: string) => names.get(id) ?? id;
  }, [registers.data]);
}
