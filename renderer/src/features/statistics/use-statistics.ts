import { useMutation, useQuery } from '@tanstack/react-query';
import { getApi } from '../../api/client';
import { apiQuery } from '../../api/query-client';

export function useStatisticsStatus() {
  return useQuery(apiQuery('statistics', 'status'));
}

export interface ReportOptions {
  k: number;
  includeOwn: boolean;
  files: { name: string; base64: string }[];
}

export function useStatisticsReport(options: ReportOptions, enabled: boolean) {
  return useQuery({ ...apiQuery('statistics', 'report', options), enabled });
}

export function useExportFacts() {
  return useMutation({ mutationFn: (input: { format: 'parquet' | 'csv'; k: number }) => getApi().statistics.exportFacts(input) });
}

/** A file picked by the user as base64 (statistics files are small: 10 MB at most). */
export function fileAsBase64(file: File): Promise<{ name: string; base64: string }> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve({ name: file.name.slice(0, 200), base64: String(reader.result).replace(/^data:[^,]*,/, '') });
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}
