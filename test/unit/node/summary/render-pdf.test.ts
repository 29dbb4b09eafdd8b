import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderSummaryPdf } from '../../../../electron/features/summary/generate';
import { shortFingerprint } from '../../../../shared/fingerprint/short-form';
import { presetOptions } from '../../../../shared/summary/options';
import { fullSummaryInput } from '../../../fixtures/summary-input';
import { makeTempDir } from '../../../support/temp-dir';

// Set SUMMARY_PDF_DIR to keep the rendered files for looking at them (pdftoppm).
const dir = process.env.SUMMARY_PDF_DIR ?? makeTempDir('otasuke-summary-');
const generatedAt = new Date('2026-11-25T03:00:00Z');

async function render(name: string, options: ReturnType<typeof presetOptions>) {
  const { pdf, fingerprint } = await renderSummaryPdf(fullSummaryInput(), options, generatedAt);
  const file = path.join(dir, `${name}.pdf`);
  fs.writeFileSync(file, pdf);
  // Without white space: a long title wrapped inside a table cell still reads as one string.
  const text = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  return { file, text, fingerprint };
}

describe('the rendered summary PDF', () => {
  it('carries the company, score, band, incidents, contact numbers and "n / N" on every page (ja)', async () => {
    const { file, text, fingerprint } = await render('full-provider-ja', presetOptions('provider', 'ja'));
    expect(text).toContain('サンプル株式会社');
    expect(text).toContain('58点（100点満点）');
    expect(text).toContain('対策に不足あり');
    expect(text).toContain('経理用パソコンがランサムウェアに感染');
    expect(text).toContain('ネットショップの顧客情報が外部から閲覧された可能性');
    expect(text).toContain('06-6123-4567');
    expect(text).toContain('0120-333-444');
    expect(text).toContain('2026年11月25日');
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
    expect(pages).toBeGreaterThan(2);
    for (let page = 1; page <= pages; page += 1) expect(text).toContain(`${page}/${pages}`);
    // The footer carries the short fingerprint on every page.
    expect(text.split(shortFingerprint(fingerprint)).length - 1).toBe(pages);
  }, 60_000);

  it('embeds BIZ UDPGothic as a subset, and nothing else', async () => {
    const { file } = await render('fonts-ja', presetOptions('provider', 'ja'));
    const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      expect(line).toMatch(/^[A-Z]{6}\+BIZUDPGothic/);
      expect(line).toMatch(/\byes\s+yes\s+yes\b/); // emb sub uni
    }
  }, 60_000);

  it('prints English when asked', async () => {
    const { text } = await render('full-provider-en', presetOptions('provider', 'en'));
    const total = fullSummaryInput().incidents!.reduce((sum, i) => sum + i.totalCostYen, 0);
    expect(text).toContain('Securityconsultationsummary');
    expect(text).toContain('58of100');
    expect(text).toContain('Cleargaps');
    expect(text).toContain(`Totalcost:¥${total.toLocaleString('en-GB')}`);
  }, 60_000);

  it('leaves notes and names out of the insurer version unless ticked in', async () => {
    const plain = await render('insurer-ja', presetOptions('insurer', 'ja'));
    expect(plain.text).toContain('経理用パソコンがランサムウェアに感染');
    expect(plain.text).toContain('データ復旧作業');
    expect(plain.text).not.toContain('VPN機器の更新漏れ');
    expect(plain.text).not.toContain('佐藤花子');
    expect(plain.text).not.toContain('山田太郎');
    expect(plain.text).not.toContain('06-6123-4567'); // the contact list is not in the insurer preset

    const ticked = await render('insurer-ja-ticked', { ...presetOptions('insurer', 'ja'), includeNotes: true, includeNames: true });
    expect(ticked.text).toContain('VPN機器の更新漏れ');
    expect(ticked.text).toContain('佐藤花子');
  }, 60_000);
});
