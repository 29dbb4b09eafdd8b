import { expect, it } from 'vitest';
import { renderPdf } from '../../electron/services/pdf/pdf-renderer';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDemoWorkspace } from '../../electron/features/workspaces/demo';
import { Services } from '../../electron/services/services';
import { collectSummaryInput } from '../../electron/features/summary/collect-input';
import { renderSummaryPdf } from '../../electron/features/summary/generate';
import { presetOptions } from '../../shared/summary/options';
import { largeSummaryInput } from '../fixtures/summary-input';
import { medianMs, recordRatio } from './support';
import { languages } from '../../shared/settings/schema';

/** A one-page PDF in the same font, with a little Japanese: what any PDF costs at least. */
const onePage = {
  pageSize: 'A4' as const,
  content: [
    { text: 'セキュリティ相談用まとめ', fontSize: 20, bold: true },
    { text: 'サンプル株式会社　2026年11月25日　合計58点（100点満点）　足りないところがあります' },
  ],
};

it('a large workspace summary costs at most 3× a one-page PDF with the same font', async () => {
  const input = largeSummaryInput();
  expect(input.incidents).toHaveLength(200);
  expect(input.contacts).toHaveLength(50);
  expect(input.selfCheck!.history.length + 1).toBe(5);
  const options = presetOptions('provider', 'ja');
  const now = new Date('2026-11-25T03:00:00Z');
  let pages = 0;
  const large = await medianMs(async () => {
    const { pdf } = await renderSummaryPdf(input, options, now);
    pages = (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
  }, 5, 1);
  const baseline = await medianMs(() => renderPdf(onePage), 5, 1);
  const ratio = recordRatio({
    name: 'summary-pdf-large',
    measured: `summary PDF, 200 incidents / 50 contacts / 5 checks (${pages} pages)`,
    baseline: 'one-page PDF, same font',
    value: large,
    baselineValue: baseline,
    unit: 'ms',
    target: 3,
  });
  console.log(`summary ${large.toFixed(0)} ms (${pages} pages) vs one page ${baseline.toFixed(0)} ms: ${ratio.toFixed(2)}×`);
  expect(pages).toBeGreaterThan(10);
});

it('the demo company summary (read from storage and rendered) is made well under a second', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'otasuke-bench-demo-'));
  try {
    const ws = createDemoWorkspace(new Services({ dataDir, platform: { host: 'browser', appVersion: 'bench' } }));
    const now = new Date();
    for (const language of languages) {
      const demo = await medianMs(async () => {
        await renderSummaryPdf(collectSummaryInput(ws, language, now), presetOptions('provider', language), now);
      }, 5, 1);
      const baseline = await medianMs(() => renderPdf(onePage), 5, 1);
      console.log(`demo summary (${language}) ${demo.toFixed(0)} ms vs one page ${baseline.toFixed(0)} ms`);
      expect(demo).toBeLessThan(1000);
    }
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
