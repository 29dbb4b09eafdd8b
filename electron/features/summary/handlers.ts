import type { Handlers } from '../../../shared/api/contract';
import { shortFingerprint } from '../../../shared/fingerprint/short-form';
import type { Services } from '../../services/services';
import { collectSummaryInput } from './collect-input';
import { summaryFingerprint } from './fingerprint';
import { generateSummaryFile } from './generate';
import { renderSummaryPdfOffThread } from './off-thread';

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
