import type { Framework } from './types';

const yesNo = [
  { value: 'yes', mark: '○', points: 1, label: { ja: 'できている', en: 'Yes' }, needsReason: false },
  { value: 'partly', mark: '△', points: 0, label: { ja: '一部', en: 'Partly' }, needsReason: false },
  { value: 'no', mark: '✖', points: 0, label: { ja: 'まだ', en: 'Not yet' }, needsReason: false },
] as const;

/** [id, ja title, ja question, en title, en question]: the owner's own words for each of the 10 items. */
const items: readonly (readonly [string, string, string, string, string])[] = [
  ['g01', 'リスクを知り方針を決める', 'サイバー攻撃を経営の問題と考え、会社としての方針を決めていますか？', 'Know the risk, set a policy', 'Do you treat cyber attacks as a business risk and have a company policy on it?'],
  ['g02', '管理する体制', '誰がセキュリティを見るか、役割と責任を決めていますか？', 'Who looks after it', 'Have you decided who looks after security, with roles and responsibilities?'],
  ['g03', 'お金と人', '対策のための予算や人（外部の支援も含む）を用意していますか？', 'Money and people', 'Have you set aside budget and people (outside help included) for security?'],
  ['g04', 'リスクと対応計画', '守るべきものとリスクを把握し、保険や専門業者の利用も含めて計画していますか？', 'Risks and a plan', 'Do you know what to protect and the risks, with a plan that includes insurance or specialists?'],
  ['g05', '守る・気づく仕組み', '攻撃を防ぎ、気づき、調べる仕組みがありますか？', 'Ways to protect and notice', 'Do you have ways to block, notice and look into attacks?'],
  ['g06', '見直しと改善', '対策を定期的に見直して良くしていますか？', 'Review and improve', 'Do you review and improve your measures regularly?'],
  ['g07', '緊急時の体制', '事故のときの連絡先・届け出先・訓練を用意していますか？', 'Emergency set-up', 'Are contacts, whom to notify and drills ready for an incident?'],
  ['g08', '事業を続ける・戻す', '止まったときの業務継続と復旧の訓練をしていますか？', 'Keep going, get back', 'Do you plan and practise keeping the business going and recovering?'],
  ['g09', '取引先も含めた対策', '取引先や委託先の対策状況（SECURITY ACTIONなど）を確かめていますか？', 'The whole supply chain', 'Do you check your partners’ security (e.g. SECURITY ACTION)?'],
  ['g10', '情報を集めて共有', '商工会議所などを通じて、攻撃の情報を集めたり共有したりしていますか？', 'Gather and share', 'Do you gather and share attack information, e.g. through the chamber of commerce?'],
];

/**
 * サイバーセキュリティ経営ガイドライン Ver3.0 の重要10項目 as a yes/partly/no owner's checklist.
 * Data only: nothing in the engine knows it exists, which is the point of adding it.
 */
export const managementGuideline: Framework = {
  id: 'meti-guideline-10',
  version: '3.0',
  title: { ja: '経営ガイドライン 重要10項目', en: 'Management guideline: the 10 key items' },
  scale: yesNo,
  rules: { kind: 'points', maxPerCriterion: 1 },
  parts: [
    {
      id: 'owner',
      title: { ja: '経営者が指示すること', en: 'What the owner directs' },
      requirements: items.map(([id, jaTitle, jaQ, enTitle, enQ]) => ({
        id,
        title: { ja: jaTitle, en: enTitle },
        help: { ja: jaQ, en: enQ },
        criteria: [{ id, label: { ja: jaTitle, en: enTitle }, help: { ja: jaQ, en: enQ } }],
      })),
    },
  ],
  extends: null,
};
