import type { Handlers } from '../../../shared/api/contract';
import { shortFingerprint } from '../../../shared/fingerprint/short-form';
import type { Services } from '../../services/services';
import { collectSummaryInput } from './collect-input';
import { summaryFingerprint } from './fingerprint';
import { generateSummaryFile } from './generate';
import { claimSheetFile, insurerSheetFile } from './insurer-files';
import { rememberInsurerPack } from './insurer-packs';
import { renderSummaryPdfOffThread } from './off-thread';

export function summaryHandlers(services: Services): Handlers['summary'] {
  const input = (language: 'ja' | 'en') => collectSummaryInput(services.requestWorkspace(), language, services.now());
  return {
    generate: (options) => {
      const now = services.now();
      const input = collectSummaryInput(services.requestWorkspace(), options.language, now);
      return generateSummaryFile(input, options, now, renderSummaryPdfOffThread);
    },
    fingerprint: ({ language }) => {
      const full = summaryFingerprint(input(language));
      return { short: shortFingerprint(full), full };
    },
    insurerSheet: ({ language }) => insurerSheetFile(input(language), language, services.now()),
    claimSheet: ({ language, incidentId }) => claimSheetFile(input(language), incidentId, language, services.now()),
    rememberInsurerPack: ({ fingerprint, language }) =>
      rememberInsurerPack(services.requestWorkspace(), fingerprint, collectSummaryInput(services.requestWorkspace(), language, services.now()), services.now()),
  };
}
