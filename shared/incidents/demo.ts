import { incidentSchema, type Incident } from './schema';
import { addDays } from './dates';
import { localDay } from '../dates/local-day';

/**
 * Sample incidents for the demo company, dated relative to today so the reporting clocks run:
 * a phishing mail that was caught, a lost phone, and a ransomware case that leaked customer data.
 */
export function demoIncidents(now: Date): Incident[] {
  const today = localDay(now);
  const day = (offset: number) => addDays(today, offset);
  const stamp = now.toISOString();
  const base = { createdAt: stamp, updatedAt: stamp };
  return [
    {
      ...base,
      id: 'demo-incident-ransomware',
      title: '受注管理パソコンがランサムウェアに感染',
      category: 'malware',
      severity: 'critical',
      status: 'contained',
      occurredAt: day(-2),
      discoveredAt: day(-2),
      containedAt: day(-2),
      detection: 'internalReport',
      reportedBy: '佐藤 花子',
      affectedAssets: '受注管理用パソコン1台（Windows 11）、共有フォルダー（NAS）',
      personalData: { involved: true, people: 1800, sensitive: false, financial: false, malicious: true, encrypted: false, dataItems: '氏名、住所、電話番号、購入履歴' },
      businessImpact: '受注処理を2日間、手作業に切り替え。',
      description: '朝、受注管理パソコンのファイルが開けなくなり、画面に身代金を求める文章が表示された。',
      cause: '調査中（VPN機器の更新漏れの可能性）',
      timeline: [
        { id: 'demo-tl-1', date: day(-2), kind: 'seen', text: '画面に脅迫文。ファイルの拡張子が変わっている', by: '佐藤 花子' },
        { id: 'demo-tl-2', date: day(-2), kind: 'done', text: 'LANケーブルを抜いて隔離（電源は切らず）', by: '佐藤 花子' },
        { id: 'demo-tl-3', date: day(-1), kind: 'done', text: '保守業者が来社し、ログを保全', by: '山田 太郎' },
      ],
      notifications: [
        { id: 'demo-nt-1', date: day(-2), contactId: null, to: 'おまもりネット見守りサービス', method: 'phone', note: '初動の相談' },
        { id: 'demo-nt-2', date: day(-1), contactId: null, to: 'あんしん損害保険株式会社', method: 'phone', note: '事故の第一報' },
        { id: 'demo-nt-3', date: day(-1), contactId: null, to: '大阪府警察 サイバー犯罪相談窓口', method: 'webForm', note: '' },
      ],
      costs: [
        { id: 'demo-cost-1', item: '保守業者の緊急対応（出張費込み）', amountYen: 165000, date: day(-1), receiptKept: true },
        { id: 'demo-cost-2', item: '代替パソコンの購入', amountYen: 98000, date: day(-1), receiptKept: true },
      ],
      evidence: [{ id: 'demo-ev-1', what: '感染したパソコンの本体とログ', where: '事務所の鍵付き棚', by: '山田 太郎', date: day(-1) }],
      provenWeak: ['q02'],
    },
    {
      ...base,
      id: 'demo-incident-lost-phone',
      title: '営業用スマートフォンを電車に置き忘れ',
      category: 'lostDevice',
      severity: 'medium',
      status: 'closed',
      occurredAt: day(-40),
      discoveredAt: day(-40),
      containedAt: day(-40),
      recoveredAt: day(-38),
      closedAt: day(-37),
      detection: 'internalReport',
      reportedBy: '田中 一郎',
      affectedAssets: '営業用スマートフォン1台',
      personalData: { involved: true, people: 150, sensitive: false, financial: false, malicious: false, encrypted: true, dataItems: '取引先担当者の連絡先' },
      recovery: '遠隔ロックをかけ、2日後に駅の忘れ物センターで受け取った。',
      prevention: '画面ロックと遠隔消去の設定を全台で確認した。',
      timeline: [{ id: 'demo-tl-4', date: day(-40), kind: 'done', text: '遠隔ロックを実行', by: '田中 一郎' }],
      costs: [],
      notifications: [],
      evidence: [],
      provenWeak: [],
    },
    {
      ...base,
      id: 'demo-incident-phishing',
      title: '取引先を装った偽の請求書メール（開封前に気づいた）',
      category: 'phishing',
      severity: 'low',
      status: 'closed',
      occurredAt: day(-12),
      discoveredAt: day(-12),
      containedAt: day(-12),
      recoveredAt: day(-12),
      closedAt: day(-11),
      detection: 'internalReport',
      reportedBy: '鈴木 次郎',
      description: '振込先の変更を求めるメール。差出人のアドレスが取引先と1文字違っていた。',
      prevention: '振込先の変更は電話で確認する決まりを全員に周知した。',
      timeline: [],
      notifications: [],
      costs: [],
      evidence: [],
      provenWeak: [],
    },
  ].map((incident) => incidentSchema.parse(incident));
}
