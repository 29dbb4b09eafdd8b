import { z } from 'zod';
import { id, shortText } from '../schemas/common';
import type { Language } from '../settings/schema';

/** A programme of visits (IPA's four-visit guidance, the ★★ path…): its steps and their topics. */
export const programmeSchema = z
  .object({
    id,
    name: shortText.min(1, { error: 'required' }),
    steps: z
      .array(z.object({ title: shortText.min(1, { error: 'required' }), topics: z.array(shortText.min(1)).max(20).default([]) }).strict())
      .min(1)
      .max(20),
  })
  .strict();
export type Programme = z.output<typeof programmeSchema>;
export const programmesSchema = z.array(programmeSchema).max(50);

type Step = [title: string, topics: string[]];
const programme = (id: string, name: string, steps: Step[]): Programme => ({ id, name, steps: steps.map(([title, topics]) => ({ title, topics })) });

/**
 * The programmes a supporter starts with (research-2026 §4.3, §4.5): data, not code, so a
 * supporter can reword them; the company keeps its own copy once edited.
 */
const builtIn: Record<Language, Programme[]> = {
  ja: [
    programme('ipa-four-visits', 'IPA 情報セキュリティマネジメント指導（4回訪問）', [
      ['現状把握とリスクの洗い出し', ['情報資産の洗い出し', '5か条の確認', '自社診断25項目']],
      ['情報セキュリティ基本方針の策定', ['基本方針の案', '経営者の役割']],
      ['対策基準・ルールの作成', ['パスワードとアカウント', 'バックアップ', '持ち出しと私物端末']],
      ['実施手順の確認と振り返り', ['決めたことの実施状況', '次の1年の計画']],
    ]),
    programme('security-action-2', 'SECURITY ACTION ★★ 宣言までの支援', [
      ['5か条の確認と★一つ星の宣言', ['情報セキュリティ5か条']],
      ['自社診断（25項目）の実施', ['自社診断', 'わからない項目の確認']],
      ['基本方針の策定と公開', ['基本方針', '公開する場所']],
      ['★★二つ星の宣言', ['宣言の手続き（GビズID）']],
    ]),
    programme('scs-star3', 'SCS評価制度 ★3 専門家確認', [
      ['自己評価の確認（26要求事項）', ['ガバナンス', '取引先管理', 'リスクの特定', '防御・検知・対応']],
      ['専門家による確認と助言', ['証跡の確認', '不足項目の改善']],
      ['経営者の自己適合宣誓', ['宣誓書', '1年後の更新']],
    ]),
    programme('after-incident', 'インシデント後のフォローアップ', [
      ['被害と対応の確認', ['被害の範囲', '報告期限']],
      ['再発防止策の確認', ['原因', '再発防止策の実施状況']],
    ]),
  ],
  en: [
    programme('ipa-four-visits', 'IPA security management guidance (four visits)', [
      ['Current state and risks', ['Information assets', 'The five basics', '25-question self-check']],
      ['Basic security policy', ['Draft policy', "The owner's role"]],
      ['Rules and standards', ['Passwords and accounts', 'Backups', 'Taking data out and own devices']],
      ['Procedures and review', ['Agreed measures in place?', 'Plan for the next year']],
    ]),
    programme('security-action-2', 'SECURITY ACTION ★★ path', [
      ['The five basics and the ★ declaration', ['Five basics']],
      ['The 25-question self-check', ['Self-check', "Questions answered “don't know”"]],
      ['Draft and publish the basic policy', ['Basic policy', 'Where to publish it']],
      ['Declare ★★', ['Declaration (GBizID)']],
    ]),
    programme('scs-star3', 'SCS ★3 expert confirmation', [
      ['Review the self-assessment (26 requirements)', ['Governance', 'Suppliers', 'Identify risks', 'Protect, detect, respond']],
      ['Expert confirmation and advice', ['Evidence', 'Gaps to close']],
      ["Management's self-declaration", ['Declaration', 'Renewal in a year']],
    ]),
    programme('after-incident', 'Follow-up after an incident', [
      ['Damage and response', ['Extent of damage', 'Reporting deadlines']],
      ['Preventing a repeat', ['Cause', 'Prevention measures done?']],
    ]),
  ],
};

export function builtInProgrammes(language: Language): Programme[] {
  return structuredClone(builtIn[language]);
}
