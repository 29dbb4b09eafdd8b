import type { Handlers } from '../../../shared/api/contract';
import { shortFingerprint } from '../../../shared/fingerprint/short-form';
import type { Services } from '../../services/services';
import { collectSummaryInputs, collectSummarySources } from './collect-input';
import { generateSummaryFile } from './generate';
import { claimSheetFile, insurerSheetFile } from './insurer-files';
import { rememberInsurerPack } from './insurer-packs';
import { profileSpec } from '../profile';
import { renderSummaryOffThread, summaryFingerprintOffThread } from './off-thread';

export function summaryHandlers(services: Services): Handlers['summary'] {
  // The printed input and the (Japanese) input its fingerprint is taken of.
  const inputs = (language: 'ja' | 'en') => collectSummaryInputs(services.requestWorkspace(), language, services.now());
  return {
    generate: (options) => {
      const now = services.now();
      // Only the documents are read here; the summary worker maps them and renders the PDF.
      const ws = services.requestWorkspace();
      return generateSummaryFile(collectSummarySources(ws), options, now, renderSummaryOffThread, ws.document(profileSpec).get()?.name || ws.meta.get()?.name || '');
    },
    fingerprint: async ({ language }) => {
      const full = await summaryFingerprintOffThread(collectSummarySources(services.requestWorkspace()), language, services.now());
      return { short: shortFingerprint(full), full };
    },
    insurerSheet: ({ language }) => insurerSheetFile(inputs(language), language, services.now()),
    claimSheet: ({ language, incidentId }) => claimSheetFile(inputs(language), incidentId, language, services.now()),
    rememberInsurerPack: ({ fingerprint, language }) =>
      rememberInsurerPack(services.requestWorkspace(), fingerprint, inputs(language), services.now()),
  };
}
