import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Api } from '../../../../shared/api/contract';
import { questionIds } from '../../../../shared/self-check/question-ids';
import { currentCatalogVersion } from '../../../../shared/self-check/catalog';
import { createInProcessApi } from '../../../support/in-process-api';
import { makeTempDir } from '../../../support/temp-dir';

const now = new Date('2026-11-25T09:00:00');

/** The summary PDF as a reader gets it: pdftotext in reading order, white space dropped. */
async function summaryText(api: Api, language: 'ja' | 'en' = 'ja'): Promise<string> {
  const file = await api.summary.generate({ audience: 'provider', language });
  const pdf = path.join(makeTempDir('otasuke-weak-'), 'summary.pdf');
  fs.writeFileSync(pdf, Buffer.from(file.base64, 'base64'));
  return execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
}

/** The 弱いところ part of the summary: from its heading to the next section's. */
function weakPart(text: string, heading: string, nextHeading: string): string {
  const start = text.indexOf(heading);
  expect(start).toBeGreaterThanOrEqual(0);
  const end = text.indexOf(nextHeading, start);
  return text.slice(start, end > start ? end : undefined);
}

describe('"proven weak": an incident shows a question answered 実施している is a weak point', () => {
  it('is stored for the demo company: the ransomware case marks Q02, shown with its title and date', async () => {
    const { api } = createInProcessApi({ now: () => now });
    await api.workspaces.createDemo();
    const marks = await api.selfCheck.weaknesses();
    expect(marks).toEqual([expect.objectContaining({ questionId: 'q02', incidentId: 'demo-incident-ransomware', incidentTitle: '受注管理パソコンがランサムウェアに感染' })]);
    const weak = weakPart(await summaryText(api), '弱いところと改善のヒント', '「わからない」と答えた質問');
    expect(weak).toContain('Q02');
    expect(weak).toContain('実施している（と回答）');
    expect(weak).toContain('事故で弱いと分かりました：受注管理パソコンがランサムウェアに感染（2026年11月25日）');
  }, 60_000);

  it('marked through the API, prints under 弱いところ with the incident, its date and the answer as given (ja and en)', async () => {
    const { api } = createInProcessApi({ now: () => now });
    await api.profile.save({ name: '株式会社テスト' });
    // Every measure in place: without the mark, nothing would be listed as weak.
    const check = await api.selfCheck.start({ catalogVersion: currentCatalogVersion });
    for (const [i, questionId] of questionIds.entries()) await api.selfCheck.answer({ assessmentId: check.id, questionId, value: 'yes', note: '', position: i + 1 });
    await api.selfCheck.finish({ assessmentId: check.id });
    const before = weakPart(await summaryText(api), '弱いところと改善のヒント', '「わからない」と答えた質問');
    expect(before).not.toContain('Q07');

    const incident = await api.incidents.create({ title: '見積書を別の取引先に誤送信', discoveredAt: '2026-11-24' });
    await api.incidents.markWeak({ id: incident.id, questionIds: ['q07'] });

    const ja = weakPart(await summaryText(api), '弱いところと改善のヒント', '「わからない」と答えた質問');
    expect(ja).toContain('Q07');
    expect(ja).toContain('実施している（と回答）');
    expect(ja).not.toMatch(/Q07[^Q]*?実施している(?!（と回答）)/); // never 実施している alone
    expect(ja).toContain('事故で弱いと分かりました：見積書を別の取引先に誤送信（2026年11月25日）');
    const en = weakPart(await summaryText(api, 'en'), 'Weakpointsandadvice', "Questionsanswered");
    expect(en).toContain('Inplace(asanswered)');
    expect(en).toContain('Anincidentshowedthisisweak:見積書を別の取引先に誤送信(25Nov2026)');
  }, 60_000);
});
