import { localDay } from '../dates/local-day';
import type { RecordInput } from './schema';

function daysAgo(today: Date, days: number): string {
  const d = new Date(today);
  d.setDate(d.getDate() - days);
  return localDay(d);
}

/**
 * The demo company's records: last year's training (so the next one is due soon), a restore
 * test that worked two months ago, a ransomware drill in the summer (without it the home panel
 * shows a drill as due today, which is not the story the demo tells) and this spring's review
 * of the basic policy.
 */
export function demoRecords(today: Date): RecordInput[] {
  return [
    { kind: 'training', date: daysAgo(today, 340), content: '不審メールの見分け方とパスワードの決め方', method: 'group', attendees: '山田 太郎、佐藤 花子、鈴木 一郎', note: 'IPAの動画「妖精村の情報セキュリティ講座」を全員で視聴' },
    { kind: 'restoreTest', date: daysAgo(today, 60), restored: '受注管理パソコンの顧客台帳（外付けディスクから）', result: 'ok', note: '15分で元に戻せた' },
    { kind: 'drill', date: daysAgo(today, 150), scenario: 'ランサムウェアで受注管理パソコンが使えなくなった想定', participants: '山田 太郎、佐藤 花子', findings: '保険会社の事故受付の番号が緊急連絡カードになかったので書き足した' },
    { kind: 'review', date: daysAgo(today, 200), topic: 'policy', outcome: '変更なし。事務所の掲示も確認した' },
  ];
}
