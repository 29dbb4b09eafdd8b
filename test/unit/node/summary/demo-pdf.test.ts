import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoContacts } from '../../../../shared/contacts/demo';
import { demoIncidents } from '../../../../shared/incidents/demo';
import { runSummaryCli } from '../../../../electron/cli/run-summary';
import { makeTempDir } from '../../../support/temp-dir';
import type { Language } from '../../../../shared/settings/schema';

/** `npm run summary -- --demo --out demo.pdf` (the same code, in this process), ja and en. */
async function demoPdf(lang: Language): Promise<string> {
  const file = path.join(makeTempDir('otasuke-demo-pdf-'), `demo-${lang}.pdf`);
  const code = await runSummaryCli(['--demo', '--out', file, '--lang', lang], { out: () => {}, err: (l) => console.error(l) });
  expect(code).toBe(0);
  return file;
}

const text = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
/** Reading order without layout, spaces and line breaks dropped: table cells come out whole. */
const flat = (file: string) => execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');

describe('the demo summary as a reader gets it', () => {
  const files: Record<Language, string> = { ja: '', en: '' };
  beforeAll(async () => {
    files.ja = await demoPdf('ja');
    files.en = await demoPdf('en');
  }, 60_000);

  it('shows company, score, band, every incident title, contact numbers and "n / N" on every page', () => {
    const pages = text(files.ja).split('\f').filter((p) => p.trim());
    const all = pages.join('\n');
    expect(all).toContain('サンプル株式会社');
    expect(all).toMatch(/\d+点（100点満点）/);
    expect(all).toMatch(/満点|おおむね良好|対策に不足あり|至急の改善が必要/);
    const today = new Date();
    const titles = flat(files.ja);
    for (const incident of demoIncidents(today)) expect(titles).toContain(incident.title.replace(/\s+/g, ''));
    for (const phone of demoContacts(new Date()).flatMap((c) => c.phones.map((p) => p.number)).slice(0, 4)) expect(all).toContain(phone);
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page, i) => expect(page).toMatch(new RegExp(`\\b${i + 1}\\s*/\\s*${pages.length}\\b`)));
  });

  it('embeds BIZ UDPGothic as a subset', () => {
    const fonts = execFileSync('pdffonts', [files.ja], { encoding: 'utf8' });
    const rows = fonts.split('\n').slice(2).filter(Boolean);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toMatch(/^[A-Z]{6}\+BIZUDPGothic\S*\s.*\byes\s+yes\b/);
  });

  it('prints incident kind, severity, status and reporting words in the PDF\'s language', () => {
    const en = text(files.en);
    expect(en).toMatch(/Virus or ransomware/);
    expect(en).toMatch(/Critical|High|Medium|Low/);
    expect(en).toMatch(/Contained|Closed|Open|Recovered/);
    expect(en).toMatch(/Not required|report/i);
    expect(en).not.toMatch(/ウイルス・ランサムウェア|対応中|被害拡大を止めた|完了|報告不要/);
    const ja = text(files.ja);
    expect(ja).not.toMatch(/\b(Critical|Contained|Closed)\b/);
  });
});
