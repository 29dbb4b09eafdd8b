import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { renderEmergencyCard } from '../../../../electron/features/contacts/emergency-card-pdf';
import { renderSummaryPdf } from '../../../../electron/features/summary/generate';
import { pdfPageCount, renderPdf } from '../../../../electron/services/pdf/pdf-renderer';
import { setPdfmakeFastPaths } from '../../../../electron/services/pdf/pdfmake-fast-paths';
import { demoContacts } from '../../../../shared/contacts/demo';
import { presetOptions, type SummaryAudience } from '../../../../shared/summary/options';
import type { Language } from '../../../../shared/settings/schema';
import { fullSummaryInput, largeSummaryInput } from '../../../fixtures/summary-input';
import { stressSummaryInput } from '../../../fixtures/stress-summary-input';
import { makeTempDir } from '../../../support/temp-dir';

/**
 * pdfmake-fast-paths.ts replaces pieces of pdfmake and pdfkit with faster ones that must give the
 * same PDF. Each document here is rendered by pdfmake's own code and with the fast paths, and
 * the two files must be the same bytes (but for the creation time and the file id derived from
 * it), so the same pages, text positions, fonts and glyphs.
 */
const dir = makeTempDir('otasuke-fast-paths-');
const generatedAt = new Date('2026-11-25T03:00:00Z');

/** The creation time (and the file id pdfkit derives from it) is the only part that may differ. */
const withoutTime = (pdf: Buffer) =>
  pdf
    .toString('latin1')
    .replace(/\(D:\d{14}Z\)/g, '(D:00000000000000Z)')
    .replace(/\/ID \[<[0-9a-f]+> <[0-9a-f]+>\]/g, '/ID [<0> <0>]');

function layoutText(pdf: Buffer, name: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

async function bothWays(name: string, render: () => Promise<Buffer>) {
  setPdfmakeFastPaths(false);
  const plain = await render();
  setPdfmakeFastPaths(true);
  const fast = await render();
  expect(pdfPageCount(fast)).toBe(pdfPageCount(plain));
  expect(layoutText(fast, `${name}-fast.pdf`)).toBe(layoutText(plain, `${name}-pdfmake.pdf`));
  // Compared as text so a failure shows where; a mismatch anywhere fails.
  expect(withoutTime(fast) === withoutTime(plain)).toBe(true);
  return { pages: pdfPageCount(fast) };
}

afterEach(() => setPdfmakeFastPaths(true));

describe('the PDF fast paths change nothing in the output', () => {
  const cases: [string, SummaryAudience, Language, boolean][] = [
    ['large-provider-ja', 'provider', 'ja', false],
    ['large-register-provider-ja', 'provider', 'ja', true],
    ['large-insurer-en', 'insurer', 'en', false],
  ];
  it.each(cases)('%s: byte for byte the same as pdfmake’s own', async (name, audience, language, incidentRegister) => {
    const options = { ...presetOptions(audience, language), incidentRegister };
    const { pages } = await bothWays(name, async () => (await renderSummaryPdf(largeSummaryInput(), options, generatedAt)).pdf);
    expect(pages).toBeGreaterThan(5);
  }, 60_000);

  const stress: [SummaryAudience, Language][] = [['provider', 'ja'], ['provider', 'en'], ['insurer', 'ja'], ['insurer', 'en']];
  it.each(stress)('stress workspace, %s, %s (fallback fonts, cut runs, long text)', async (audience, language) => {
    const options = { ...presetOptions(audience, language), includeNotes: true, includeNames: true };
    await bothWays(`stress-${audience}-${language}`, async () => (await renderSummaryPdf(stressSummaryInput(), options, generatedAt)).pdf);
  }, 60_000);

  it('the full demo-like summary with notes and names, and the emergency card', async () => {
    const options = { ...presetOptions('provider', 'ja'), includeNotes: true, includeNames: true };
    await bothWays('full-provider-ja', async () => (await renderSummaryPdf(fullSummaryInput(), options, generatedAt)).pdf);
    const card = { company: 'サンプル株式会社', contacts: demoContacts(generatedAt), language: 'ja' as const, madeOn: '2026年11月25日' };
    await bothWays('card-ja', async () => (await renderEmergencyCard(card)).pdf);
  }, 60_000);

  it('styles pdfmake resolves by name, inheritance and override, inline and in tables', async () => {
    // Features the summary does not use today, so a later document that does is covered too.
    const doc = {
      pageSize: 'A4' as const,
      styles: {
        base: { fontSize: 11, color: '#224466' },
        child: { extends: 'base', bold: true },
        loop: { extends: 'loop2' },
        loop2: { extends: 'loop', characterSpacing: 0.5 },
        right: { alignment: 'right' as const },
      },
      defaultStyle: { lineHeight: 1.1 },
      content: [
        { text: '継承したスタイル 𠮷野家 12345', style: 'child' },
        { text: ['重ねた', { text: 'スタイル', style: ['base', 'right'], decoration: 'underline' as const }, { text: ' link ', link: 'https://example.invalid' }, 'の行'] },
        { text: '循環する extends と文字間隔', style: 'loop', leadingIndent: 12 },
        { text: '  前後の空白  ', preserveLeadingSpaces: true },
        { text: 'A  B', style: 'base', sup: true },
        { text: '上付き', sub: true, opacity: 0.5, background: '#eeeeee' },
        { text: '行揃え 両端揃え '.repeat(20), alignment: 'justify' as const },
        {
          table: { headerRows: 1, widths: ['auto', '*'], body: [[{ text: '見出し', style: 'child' }, { text: '右', style: 'right' }], ['セル', { text: 'ネスト', style: ['loop', 'base'] }]] },
        },
      ],
    };
    await bothWays('styles', () => renderPdf(doc));
  }, 60_000);
});
