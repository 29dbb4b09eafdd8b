import { addDays } from '../incidents/dates';
import type { VisitInput } from './schema';

/** The demo company's visits: IPA's four-visit programme under way, and one phone consultation. */
export function demoVisits(today: string): VisitInput[] {
  return [
    {
      date: addDays(today, -75),
      kind: 'visit',
      programme: { programmeId: 'ipa-four-visits', step: 1 },
      supporter: '中野 商工会 経営指導員',
      attendees: '山田 太郎（社長）、佐藤 花子（総務）',
      topics: ['情報資産の洗い出し', '5か条の確認', '自社診断25項目'],
      findings: '受注管理パソコンのバックアップは外付けディスクに取っているが、ディスクを事務所に置いたままだった。',
      advice: 'バックアップのディスクは金庫など別の場所に保管し、月に一度戻せるか試すこと。',
      nextSteps: [{ title: 'バックアップのディスクを金庫で保管する', owner: '佐藤 花子', dueDate: addDays(today, -45) }],
      minutes: 90,
      nextVisitOn: addDays(today, -30),
    },
    {
      date: addDays(today, -30),
      kind: 'visit',
      programme: { programmeId: 'ipa-four-visits', step: 2 },
      supporter: '中野 商工会 経営指導員',
      attendees: '山田 太郎（社長）',
      topics: ['基本方針の案', '経営者の役割'],
      findings: '基本方針の案ができた。私物スマホでのメール確認のルールが決まっていない。',
      advice: '基本方針をホームページに載せ、SECURITY ACTION ★★を宣言する。',
      nextSteps: [
        { title: '基本方針をホームページに公開する', owner: '山田 太郎', dueDate: addDays(today, 14) },
        { title: '私物スマホの使い方のルールを決める', owner: '佐藤 花子', dueDate: addDays(today, -3) },
      ],
      minutes: 60,
      nextVisitOn: addDays(today, 21),
    },
    {
      date: addDays(today, -8),
      kind: 'consultation',
      supporter: '中野 商工会 経営指導員',
      topics: ['不審なメール'],
      findings: '取引先を名乗る請求書メールが届いた。添付は開いていない。',
      advice: '送信元に電話で確かめる。開いていなければ削除してよい。',
      minutes: 15,
    },
  ];
}
