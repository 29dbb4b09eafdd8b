import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderSummaryPdf } from '../../../../electron/features/summary/generate';
import { selectIncidents } from '../../../../shared/summary/incident-selection';
import { fiveYearIncidents } from '../../../../shared/summary/insurer/five-years';
import { presetOptions, type SummaryAudience } from '../../../../shared/summary/options';
import { formatYen } from '../../../../shared/summary/text';
import type { Language } from '../../../../shared/settings/schema';
import { stressSummaryInput } from '../../../fixtures/stress-summary-input';
import { makeTempDir } from '../../../support/temp-dir';

// Set SUMMARY_PDF_DIR to keep the rendered files for looking at them (pdftoppm).
const dir = process.env.SUMMARY_PDF_DIR ?? makeTempDir('otasuke-stress-');
const generatedAt = new Date('2026-11-25T03:00:00Z');
const squash = (text: string) => text.replace(/\s+/g, '');

interface Word { page: number; xMax: number; text: string }

/** Every word pdftotext finds, with the page it is on and where it ends on the line. */
function words(file: string): { words: Word[]; pageWidth: number } {
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const pageWidth = Number(/<page width="([\d.]+)"/.exec(html)![1]);
  const out: Word[] = [];
  html.split('<page ').slice(1).forEach((page, index) => {
    for (const m of page.matchAll(/<word xMin="[\d.]+" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)) out.push({ page: index + 1, xMax: Number(m[1]), text: m[2]! });
  });
  return { words: out, pageWidth };
}

const cases: [SummaryAudience, Language][] = [['provider', 'ja'], ['provider', 'en'], ['insurer', 'ja'], ['insurer', 'en']];

describe('a summary of a hostile workspace drops nothing and stays on the page', () => {
  it.each(cases)('%s, %s: every incident is a row or counted, every cost printed, totals match, nothing past the margin', async (audience, language) => {
    const input = stressSummaryInput();
    const options = { ...presetOptions(audience, language), includeNotes: true, includeNames: true };
    const { pdf } = await renderSummaryPdf(input, options, generatedAt);
    const file = path.join(dir, `stress-${audience}-${language}.pdf`);
    fs.writeFileSync(file, pdf);
    const text = squash(execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }));

    const incidents = input.incidents!;
    const yen = (n: number) => squash(formatYen(n, language));
    const sum = (list: typeof incidents) => list.reduce((total, i) => total + i.totalCostYen, 0);
    if (audience === 'provider') {
      const selection = selectIncidents(incidents, '2026-11-25');
      expect(selection.inFull.length + selection.olderCount).toBe(incidents.length);
      // Each incident printed one by one is there, title whole (wrapping only adds white space).
      for (const incident of selection.inFull) expect(text).toContain(squash(incident.title));
      // The older ones are counted by year and kind, and the counts add up to what the page says.
      expect(selection.older.reduce((total, g) => total + g.count, 0)).toBe(40);
      for (const group of selection.older) expect(text).toContain(yen(group.totalCostYen));
      expect(text).toContain(language === 'ja' ? `全${incidents.length}件` : `${incidents.length}incidentsinall`);
      expect(text).toContain(yen(sum(incidents)));
    } else {
      // The insurer gets every incident of the last 5 years one by one; the rest are counted.
      const recent = fiveYearIncidents(incidents, '2026-11-25');
      for (const incident of recent) expect(text).toContain(squash(incident.title));
      const counted = language === 'ja' ? `記録は全${incidents.length}件で、そのうち${recent.length}件（費用の合計${yen(sum(recent))}）` : `${incidents.length}incidentsrecordedinall;${recent.length}incidents(costs${yen(sum(recent))}inall)`;
      expect(text).toContain(counted);
      if (recent.length < incidents.length) expect(text).toContain(yen(sum(incidents) - sum(recent)));
    }
    // All 30 cost lines of the first incident, each with its own amount.
    for (const line of incidents[0]!.costs) expect(text).toContain(yen(line.amountYen));
    // The 3,000-character account is printed whole somewhere (cut in the table, whole in the
    // appendix); read without the running header and footer, which sit between its pages.
    const body = squash(execFileSync('pdftotext', ['-raw', '-x', '0', '-y', '40', '-W', '600', '-H', '750', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }));
    expect(body).toContain(squash(incidents[0]!.summaryText));
    // Characters the main font lacks are printed with a fallback font, not dropped or boxed.
    expect(text).toContain('𠮷野家の髙﨑店');

    // Nothing runs past the right margin (40 pt) of the A4 page: long unbroken strings wrap.
    const { words: all, pageWidth } = words(file);
    const outside = all.filter((w) => w.xMax > pageWidth - 30);
    expect(outside.map((w) => `p${w.page}: ${w.text.slice(0, 30)}`)).toEqual([]);
    if (audience === 'provider') {
      for (const c of input.contacts!) for (const phone of c.phones) expect(text).toContain(phone.number);
      // Long notes are cut in the table and printed whole in the appendix.
      for (const c of input.contacts!) expect(body).toContain(squash(c.notes));
      for (const name of incidents[0]!.people) expect(body).toContain(squash(name));
    }
  }, 120_000);
});
