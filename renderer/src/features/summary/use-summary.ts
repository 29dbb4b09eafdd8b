import { useMutation, useQuery } from '@tanstack/react-query';
import type { SummaryOptions } from '../../../../shared/summary/options';
import { getApi } from '../../api/client';
import { apiQuery } from '../../api/query-client';
import type { Language } from '../../../../shared/settings/schema';

/** The fingerprint of the data as it is now; refetched on focus so a stale preview is noticed. */
export function useSummaryFingerprint(language: Language) {
  return useQuery({
    ...apiQuery('summary', 'fingerprint', { language }),
    refetchOnWindowFocus: true,
  });
}

/**
 * Generation runs in the back end; the page only waits for the finished file. The page holds one
 * of these for its preview and one for saving, so each button has its own pending and error state.
 */
export function useSummaryGenerate() {
  return useMutation({ mutationFn: (options: SummaryOptions) => getApi().summary.generate(options) });
}
