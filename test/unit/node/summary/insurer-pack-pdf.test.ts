import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runSummaryCli } from '../../../../electron/cli/run-summary';
import { makeTempDir } from '../../../support/temp-dir';
import type { Language } from '../../../../shared/settings/schema';

/** `npm run summary -- --demo --audience insurer --out …` (the same code, in this process). */
async function insurerPdf(lang: Language): Promise<string> {
  const file = path.join(makeTempDir('otasuke-insurer-pdf-'), `insurer-${lang}.pdf`);
  const code = await runSummaryCli(['--demo', '--audience', 'insurer', '--out', file, '--lang', lang], { out: () => {}, err: (l) => console.error(l) });
  expect(code).toBe(0);
  // For looking at the pages by hand: OTASUKE_KEEP_PDF=/tmp/somewhere keeps a copy.
  if (process.env.OTASUKE_KEEP_PDF) fs.copyFileSync(file, path.join(process.env.OTASUKE_KEEP_PDF, `insurer-${lang}.pdf`));
  return file;
}

const flat = (file: string) => execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
const pages = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\f').filter((p) => p.trim());

describe('the demo insurer pack as the insurer reads it', () => {
  const files: Record<Language, string> = { ja: '', en: '' };
  beforeAll(async () => {
    files.ja = await insurerPdf('ja');
    files.en = await insurerPdf('en');
  }, 60_000);

  it('prints the key controls table with a state and its evidence for each control (ja)', () => {
    const text = flat(files.ja);
    expect(text).toContain('主なセキュリティ対策の状況');
    for (const heading of ['多要素認証', 'ウイルス対策・EDR', 'バックアップの取得', 'OS・ソフトの更新', '従業員への教育', '振込先の変更', '事故のときの体制']) expect(text).toContain(heading);
    // Payment checks are asked by no self-check question: 不明, never 未実施.
    expect(text).toMatch(/振込先の変更.*?不明自己診断にこの項目を直接たずねる質問がありません/);
    // MFA, anti-malware and the restore test rest on the registers and the records, named.
    expect(text).toContain('クラウドの台帳：2段階認証を使っていない：ネットショップ');
    expect(text).toContain('機器の台帳：ウイルス対策ソフトのない機器：');
    expect(text).toMatch(/最後の復元テスト：\d{4}年\d{1,2}月\d{1,2}日「受注管理パソコンの顧客台帳/);
    // Evidence behind the backup answer, cited by its title and hash prefix.
    expect(text).toMatch(/証跡：バックアップの記録（11月分）（\d{4}年\d{1,2}月\d{1,2}日・SHA-256[0-9a-f]{12}…）/);
    // The demo's security service contract is the evidence for incident response.
    expect(text).toMatch(/監視・駆けつけの契約/);
    expect(text).toMatch(/Q02「ウイルス対策ソフト」の回答/);
  });

  it('lists the わからない answers as open points', () => {
    const text = flat(files.ja);
    expect(text).toContain('確認中の項目（自己診断で「わからない」と答えた質問）');
  });

  it('prints the leak facts of the ransomware case: 1,800 people, data items, dates, who was told, costs by heading', () => {
    const text = flat(files.ja);
    expect(text).toContain('過去5年間の事故・トラブル');
    expect(text).toContain('対象の人数:1,800人');
    expect(text).toContain('含まれていた情報:氏名、住所、電話番号、購入履歴');
    expect(text).toContain('あんしん損害保険株式会社（電話）');
    expect(text).toMatch(/事故対応費用:263,000円/);
    expect(text).toContain('領収書あり');
    // Not recorded is said, not left blank: the ransomware case has no recovery day yet.
    expect(text).toMatch(/復旧:未記録/);
    // Its business impact is free text: left out of the insurer default, but said to exist.
    expect(text).toContain('記録あり（自由記述のため省略）');
    // The demo profile answered "handles personal data": never 扱っていない next to the leak.
    expect(text).not.toContain('扱っていない');
  });

  it('ends with the declaration page on a page of its own, with signature lines', () => {
    const all = pages(files.ja);
    const last = all.at(-1)!;
    expect(last).toContain('申告内容の確認（代表者）');
    expect(last).toMatch(/自己診断の回答/);
    expect(last).toContain('代表者の氏名');
    expect(last).toContain('署名または記名押印');
    expect(last).toContain('サンプル株式会社');
  });

  it('says there is no earlier pack to compare with', () => {
    expect(flat(files.ja)).toContain('比べる前回分はありません');
  });

  it('prints the same sections in English', () => {
    const text = flat(files.en);
    for (const words of ['Keysecuritycontrols', 'Multi-factorauthentication', 'Unknown', 'Openpoints', 'Incidentsinthelast5years', 'Peopleaffected:1,800people', 'Incidentresponsecosts', 'Declarationbytherepresentative', 'Signature']) {
      expect(text).toContain(words);
    }
    expect(text).not.toMatch(/事故対応費用|未記録|不明/);
  });
});
