import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { presetOptions } from '../../../../shared/summary/options';
import type { Api } from '../../../../shared/api/contract';
import { createInProcessApi } from '../../../support/in-process-api';
import { makeTempDir } from '../../../support/temp-dir';

/** The PDF's text in reading order, spaces and line breaks dropped (table cells come out whole). */
function pdfText(base64: string): string {
  const file = path.join(makeTempDir('otasuke-records-pdf-'), 'summary.pdf');
  fs.writeFileSync(file, Buffer.from(base64, 'base64'));
  return execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
}

describe('the summary’s evidence and records section', () => {
  let api: Api;
  const texts: Record<string, string> = {};
  beforeAll(async () => {
    ({ api } = createInProcessApi());
    await api.workspaces.createDemo();
    texts.providerJa = pdfText((await api.summary.generate(presetOptions('provider', 'ja'))).base64);
    texts.insurerEn = pdfText((await api.summary.generate(presetOptions('insurer', 'en'))).base64);
    texts.without = pdfText((await api.summary.generate({ ...presetOptions('provider', 'ja'), sections: ['profile', 'contacts'] })).base64);
  }, 60_000);

  it('prints in Japanese the evidence kept, the expired one by name and the last restore test and training, with who attended', () => {
    const ja = texts.providerJa!;
    expect(ja).toContain('証跡と記録');
    expect(ja).toContain('保管している証跡:3件（期限切れ1件）');
    expect(ja).toContain('セキュリティ研修の受講記録');
    expect(ja).toMatch(/最後の復元テスト\d{4}年\d{1,2}月\d{1,2}日受注管理パソコンの顧客台帳（外付けディスクから）（問題なく戻せた）/);
    expect(ja).toContain('不審メールの見分け方とパスワードの決め方/集まって実施/出席:山田太郎、佐藤花子、鈴木一郎');
    expect(ja).toMatch(/最後の訓練\d{4}年\d{1,2}月\d{1,2}日ランサムウェアで受注管理パソコンが使えなくなった想定/);
  });

  it('is in the insurer’s preset, in English, without people’s names unless ticked in', () => {
    const en = texts.insurerEn!;
    expect(en).toContain('Evidenceandrecords');
    expect(en).toContain('Evidencekept:3(1expired)');
    expect(en).toMatch(/Lastrestoretest\d{1,2}[A-Za-z]{3}\d{4}/);
    expect(en).toContain('(Restoredfine)');
    expect(en).toContain('In a group'.replace(/\s/g, ''));
    expect(en).not.toContain('山田太郎');
  });

  it('says plainly when a kind of record has none: the drill removed, the line reads 記録なし', async () => {
    const drill = (await api.records.list()).find((r) => r.kind === 'drill')!;
    await api.records.remove({ id: drill.id });
    const ja = pdfText((await api.summary.generate(presetOptions('provider', 'ja'))).base64);
    expect(ja).toMatch(/最後の訓練記録なし/);
    expect(ja).not.toContain('ランサムウェアで受注管理パソコンが使えなくなった想定');
  });

  it('is left out when not ticked', () => {
    expect(texts.without).not.toContain('証跡と記録');
  });
});
