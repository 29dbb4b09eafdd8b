import { subDays, subMonths } from 'date-fns';
import { presetContacts } from './presets';
import { localDay } from '../dates/local-day';
import type { Contact } from './schema';

/**
 * The sample company's directory: its own vendor, お助け隊 provider and insurer (matching
 * demoProfile), one entry left unchecked for over a year, then the public desks.
 * Phone numbers of the fictional firms are made up; the presets carry only published facts.
 */
export function demoContacts(today: Date): Contact[] {
  let serial = 0;
  const makeId = () => `demo-contact-${String(++serial).padStart(2, '0')}`;
  const base = { email: '', hours: '', contractNumber: '', notes: '', preset: null };
  const own: Contact[] = [
    {
      ...base,
      id: makeId(),
      role: 'securityService',
      organisation: 'おまもりネット見守りサービス',
      person: 'サポートセンター',
      phones: [
        { label: '24時間受付', number: '0120-418-025' },
        { label: '担当営業（平日日中）', number: '06-6355-0418' },
      ],
      email: 'support@omamori-net.example.jp',
      hours: '24時間365日',
      contractNumber: 'OMN-2025-00418',
      notes: '警報メールが来たら、まずここに電話する。契約番号を伝えるとすぐ話が通じる。',
      callOrder: 1,
      lastCheckedAt: localDay(subMonths(today, 2)),
    },
    {
      ...base,
      id: makeId(),
      role: 'itVendor',
      organisation: '株式会社なにわシステムサービス',
      person: '中村 健一',
      phones: [
        { label: '平日日中', number: '06-6943-2750' },
        { label: '夜間・休日', number: '090-4821-3370' },
      ],
      email: 'nakamura@naniwa-sys.example.jp',
      hours: '平日 9:00〜18:00',
      contractNumber: '保守契約 NSS-1182',
      notes: '店のパソコン5台とレジ、Wi-Fiの保守をお願いしている。',
      callOrder: 2,
      lastCheckedAt: localDay(subDays(today, 40)),
    },
    {
      ...base,
      id: makeId(),
      role: 'insurer',
      organisation: 'あんしん損害保険株式会社',
      person: '',
      phones: [{ label: '事故受付（24時間）', number: '0120-773-022' }],
      hours: '24時間365日',
      contractNumber: 'CY-7730-2291',
      notes: 'サイバー保険。大きな出費をする前に連絡する。領収書はすべて取っておく。',
      callOrder: 3,
      lastCheckedAt: localDay(subMonths(today, 7)),
    },
    {
      ...base,
      id: makeId(),
      role: 'webHost',
      organisation: 'みなとウェブ制作室',
      person: '小林 誠',
      phones: [{ label: '', number: '06-6534-8812' }],
      email: 'info@minato-web.example.jp',
      notes: 'ホームページとネットショップの制作・管理。',
      callOrder: 4,
      // Left unchecked on purpose: the demo shows the "check needed" flag.
      lastCheckedAt: localDay(subMonths(today, 19)),
    },
    {
      ...base,
      id: makeId(),
      role: 'internal',
      organisation: 'サンプル株式会社',
      person: '佐藤 花子（IT担当）',
      phones: [{ label: '携帯', number: '080-2231-5567' }],
      callOrder: null,
      lastCheckedAt: localDay(subMonths(today, 1)),
    },
  ];
  // The IPA desk closes the sample card: the one public desk with a published number for advice.
  const presets = presetContacts('ja', makeId).map((c) => (c.preset?.key === 'ipaAnshin' ? { ...c, callOrder: 5 } : c));
  return [...own, ...presets];
}
