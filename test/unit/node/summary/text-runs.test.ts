import { describe, expect, it } from 'vitest';
import { fitDocumentText, missingGlyphMark, TextFitter, type GlyphCoverage } from '../../../../electron/services/pdf/text-runs';

// A main font without 𠮷 and emoji, one fallback with 𠮷 only.
const coverage: GlyphCoverage = {
  main: (cp) => cp !== 0x20bb7 && cp < 0x1f000,
  fallbacks: [{ family: 'Fallback', has: (cp) => cp === 0x20bb7 }],
};
const joined = (fitted: string | (string | { text: string })[]) => (typeof fitted === 'string' ? fitted : fitted.map((p) => (typeof p === 'string' ? p : p.text)).join(''));

describe('fitting text for the PDF', () => {
  it('leaves ordinary text alone', () => {
    expect(new TextFitter(coverage).fit('経理用パソコンが感染 (2026)', true)).toBe('経理用パソコンが感染 (2026)');
  });

  it('prints a character the main font lacks in the fallback font, and marks one no font has', () => {
    const fitter = new TextFitter(coverage);
    expect(fitter.fit('𠮷田さん😀', true)).toEqual([{ text: '𠮷', font: 'Fallback' }, `田さん${missingGlyphMark}`]);
    expect(fitter.missing).toBe(1);
  });

  it('cuts a long unbroken run into pieces that wrap, keeping every character', () => {
    const url = `https://example.invalid/${'A1'.repeat(60)}`;
    const fitted = new TextFitter(coverage).fit(`見る: ${url} まで`, true);
    expect(Array.isArray(fitted)).toBe(true);
    expect(joined(fitted)).toBe(`見る: ${url} まで`);
    expect(Math.max(...(fitted as string[]).map((p) => p.length))).toBeLessThanOrEqual(24);
  });

  it('keeps a noWrap value whole and reaches tables, stacks and the footer', () => {
    const long = 'X'.repeat(40);
    const { doc } = fitDocumentText(
      { content: [{ table: { body: [[long, { text: long, noWrap: true }]] } }, { stack: ['𠮷'] }], footer: () => ({ text: '𠮷' }) },
      coverage,
    );
    const [table, stack] = doc.content as [{ table: { body: unknown[][] } }, { stack: unknown[] }];
    expect(table.table.body[0]![0]).toEqual({ text: ['X'.repeat(16), 'X'.repeat(16), 'X'.repeat(8)] });
    expect(table.table.body[0]![1]).toEqual({ text: long, noWrap: true });
    expect(stack.stack[0]).toEqual({ text: [{ text: '𠮷', font: 'Fallback' }] });
    expect((doc.footer as () => unknown)()).toEqual({ text: [{ text: '𠮷', font: 'Fallback' }] });
  });
});
