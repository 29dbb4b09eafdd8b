import type { Handlers } from '../../../shared/api/contract';
import { shortFingerprint } from '../../../shared/fingerprint/short-form';
import type { Services } from '../../services/services';
import { collectSummarySources } from './collect-input';
import { generateSummaryFile } from './generate';
import { renderSummaryOffThread, summaryFingerprintOffThread } from './off-thread';

export function summaryHandlers(services: Services): Handlers['summary'] {
  return {
    generate: (options) => {
      const now = services.now();
      // Only the documents are read here; the summary worker maps them and renders the PDF.
      return generateSummaryFile(collectSummarySources(services.requestWorkspace()), options, now, renderSummaryOffThread);
    },
    fingerprint: async ({ language }) => {
      const full = await summaryFingerprintOffThread(collectSummarySources(services.requestWorkspace()), language, services.now());
      return { short: shortFingerprint(full), full };
    },
  };
}
