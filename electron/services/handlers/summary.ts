import type { Handlers } from '../../../shared/api/contract';
import { shortFingerprint } from '../../../shared/fingerprint/short-form';
import type { Services } from '../services';
import { collectSummaryInput } from '../summary/collect-input';
import { summaryFingerprint } from '../summary/fingerprint';
import { generateSummaryFile } from '../summary/generate';
import { renderSummaryPdfOffThread } from '../summary/off-thread';

export function summaryHandlers(services: Services): Handlers['summary'] {
  return {
    generate: (options) => {
      const now = services.now();
      const input = collectSummaryInput(services.requestWorkspace(), options.language, now);
      return generateSummaryFile(input, options, now, renderSummaryPdfOffThread);
    },
    fingerprint: ({ language }) => {
      const full = summaryFingerprint(collectSummaryInput(services.requestWorkspace(), language, services.now()));
      return { short: shortFingerprint(full), full };
    },
  };
}
