import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { presetOptions } from '../../../../../shared/summary/options';
import { makeTempDir } from '../../../../support/temp-dir';
import { exportText, setupWithCompanies } from '../../workspaces/helpers';

const pdfText = (base64: string) => {
  const file = path.join(makeTempDir('otasuke-insurer-remember-'), 'pack.pdf');
  fs.writeFileSync(file, Buffer.from(base64, 'base64'));
  // For looking at the pages by hand: OTASUKE_KEEP_PDF=/tmp/somewhere keeps the latest.
  if (process.env.OTASUKE_KEEP_PDF) fs.copyFileSync(file, path.join(process.env.OTASUKE_KEEP_PDF, 'insurer-second.pdf'));
  return execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
};

describe('the last insurer pack given, through the API', () => {
  it('is kept when saved, carried by export, and the next pack prints what changed since', async () => {
    const { api } = await setupWithCompanies();
    const first = await api.summary.generate(presetOptions('insurer', 'ja'));
    expect(pdfText(first.base64)).toContain('比べる前回分はありません');
    expect(await api.summary.rememberInsurerPack({ fingerprint: first.fingerprint!, language: 'ja' })).toEqual({ recorded: true });
    expect(JSON.parse((await exportText(api)).text).payload.documents['insurer-packs'].data).toHaveLength(1);

    await api.incidents.create({ title: '請求書メールの添付を開いてしまった', category: 'phishing', discoveredAt: '2026-11-24' });
    const second = pdfText((await api.summary.generate(presetOptions('insurer', 'ja'))).base64);
    expect(second).toContain('前回の資料：2026年11月25日作成');
    expect(second).toMatch(/前回以降に記録された事故・トラブル.*請求書メールの添付を開いてしまった/);
  }, 60_000);

  it('keeps nothing when the data changed after the PDF was made', async () => {
    const { api } = await setupWithCompanies();
    const made = await api.summary.generate(presetOptions('insurer', 'ja'));
    await api.incidents.create({ title: '別の窓で追加した事故', discoveredAt: '2026-11-24' });
    expect(await api.summary.rememberInsurerPack({ fingerprint: made.fingerprint!, language: 'ja' })).toEqual({ recorded: false });
  }, 60_000);
});
