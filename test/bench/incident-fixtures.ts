import { incidentSchema, type Incident } from '../../shared/incidents/schema';
import { addDays } from '../../shared/incidents/dates';
import { incidentCategories } from '../../shared/incidents/schema';

/** `count` realistic incidents (a few log entries each, Japanese text), spread over five years. */
export function makeIncidents(count: number): Incident[] {
  const stamp = '2026-11-25T00:00:00.000Z';
  return Array.from({ length: count }, (_, n) =>
    incidentSchema.parse({
      id: `bench-incident-${String(n).padStart(6, '0')}`,
      title: `テスト用インシデント ${n}：${n % 3 === 0 ? 'ランサムウェア' : '不審なメール'}`,
      category: incidentCategories[n % incidentCategories.length],
      severity: (['low', 'medium', 'high', 'critical'] as const)[n % 4],
      status: (['open', 'contained', 'recovered', 'closed'] as const)[n % 4],
      discoveredAt: addDays('2026-11-20', -(n % 1800)),
      description: '朝、受注管理パソコンのファイルが開けなくなり、画面に身代金を求める文章が表示された。'.repeat(2),
      cause: 'VPN機器の更新漏れ',
      personalData: { involved: n % 5 === 0, people: n % 5 === 0 ? 1200 : null, malicious: n % 10 === 0 },
      timeline: [
        { id: `tl-${n}-1`, date: '2026-11-20', kind: 'seen', text: '画面に脅迫文が出た', by: '佐藤' },
        { id: `tl-${n}-2`, date: '2026-11-20', kind: 'done', text: 'LANケーブルを抜いた', by: '佐藤' },
      ],
      costs: [{ id: `cost-${n}-1`, item: '緊急対応費', amountYen: 50000 + n, date: '2026-11-21' }],
      createdAt: stamp,
      updatedAt: stamp,
    }),
  );
}
