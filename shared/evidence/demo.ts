import type { EvidenceDetails } from './schema';

function daysFrom(today: Date, days: number): string {
  const d = new Date(today);
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The demo company's evidence: a backup log kept as a file, and two notes (one about to expire). */
export function demoEvidence(today: Date): { file: { name: string; text: string; details: EvidenceDetails }; notes: { details: EvidenceDetails; url: string; note: string }[] } {
  return {
    file: {
      name: 'backup-log-2026-11.txt',
      text: '日付,対象,保存先,結果\n2026-11-28,受注管理PC,外付けディスク(金庫保管),成功\n2026-11-29,受注管理PC,外付けディスク(金庫保管),成功\n2026-11-30,受注管理PC,外付けディスク(金庫保管),成功\n',
      details: {
        title: 'バックアップの記録（11月分）',
        proves: '受注管理パソコンを毎晩外付けディスクに保存し、ディスクは金庫にしまっている',
        appliesOn: daysFrom(today, -3),
        providedBy: '佐藤 花子',
        reviewBy: daysFrom(today, 27),
        claims: [{ kind: 'selfCheckAnswer', id: 'q11' }],
      },
    },
    notes: [
      {
        details: { title: 'ウイルス対策ソフトの契約書（紙）', proves: '全台分のライセンスを契約している', appliesOn: daysFrom(today, -200), providedBy: '山田 太郎', reviewBy: daysFrom(today, 165), claims: [{ kind: 'selfCheckAnswer', id: 'q02' }] },
        url: '',
        note: '事務所のキャビネット「契約書」ファイルに保管',
      },
      {
        details: { title: 'セキュリティ研修の受講記録', proves: '従業員全員が年1回の研修を受けた', appliesOn: daysFrom(today, -380), providedBy: '佐藤 花子', reviewBy: daysFrom(today, -15), claims: [{ kind: 'selfCheckAnswer', id: 'q20' }] },
        url: 'https://www.ipa.go.jp/security/',
        note: '受講者名簿は総務の共有フォルダーにあります',
      },
    ],
  };
}
