import { demoCompanyName } from '../profile/demo';
import { criteriaOf, scsStar3 } from '../frameworks';
import type { AnswerFields } from './schema';

/** What the demo company says about the criteria it has reached (its own words, as an owner would type). */
const written: Record<string, AnswerFields> = {
  '1-2-1-1': { value: 'done', how: '社長の山田が責任者、佐藤が窓口。社内掲示板に貼っている。' },
  '1-3-1-1': { value: 'done', how: '基本方針を作り、事務所とホームページに掲示している。' },
  '3-1-1-1': { value: 'done', how: '台帳（機器）に全台を登録している。', fromProposal: 'deviceList' },
  '4-1-3-2': { value: 'partly', how: 'メールは多要素認証あり。会計クラウドはまだ。' },
  '4-2-2-1': { value: 'done', how: '毎年春に全員で動画を見ている。', fromProposal: 'trainingLast' },
  '4-3-4-2': { value: 'partly', how: '外付けディスクに毎週。事務所の外にはまだ置いていない。' },
  '4-4-4-2': { value: 'done', how: '自動更新をオン。月に一度、佐藤が全台を確認。' },
  '4-5-1-1': { value: 'notDone', how: '' },
  '6-1-1-5': { value: 'notDone', how: '' },
  '2-1-4-1': { value: 'notApplicable', reason: '取引先のシステムにはつないでおらず、事故時に取引先と分担する作業がない。' },
};

/**
 * The demo company's ★3 workbook: about two thirds of the criteria answered (the first 54 in
 * order), a few gaps among them, the rest left to do. Unwritten answers read as a plain "done".
 */
export function demoScsAnswers(): [string, AnswerFields][] {
  const answered = criteriaOf(scsStar3).slice(0, 54).map((c) => c.id);
  const extra = Object.keys(written).filter((id) => !answered.includes(id));
  return [...answered, ...extra].map((id) => [id, written[id] ?? { value: 'done', how: '社内のルールに書き、担当者が守っている。' }]);
}

export const demoScope = `${demoCompanyName}（本社・倉庫）の受注・出荷業務と、その業務で使うパソコン・クラウド`;
export const demoExpert = { expertName: '田中 一郎', organisation: 'まちのITサポート（情報処理安全確保支援士）' };
