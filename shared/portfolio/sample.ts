import { addDays } from '../incidents/dates';
import type { IncidentCategory } from '../incidents/schema';
import type { Industry, Prefecture } from '../profile/options';
import { questionIds } from '../self-check/question-ids';
import type { AnswerValue } from '../self-check/scoring';
import type { VisitInput, VisitKind } from '../visits/schema';

/** How many companies the sample portfolio has. */
export const sampleCompanyCount = 30;

const names = ['山田', '佐藤', '鈴木', '高橋', '田中', '伊藤', '渡辺', '中村', '小林', '加藤', '吉田', '山口', '松本', '井上', '木村'];
// Few industries and sizes, as in a chamber's membership: the statistics then have groups of five and more.
const trades: [string, Industry][] = [
  ['製作所', 'manufacturing'], ['工務店', 'construction'], ['商店', 'retail'], ['工業', 'manufacturing'], ['建設', 'construction'],
  ['ストア', 'retail'], ['会計事務所', 'professional'], ['運送', 'transport'], ['精機', 'manufacturing'], ['印刷', 'manufacturing'],
];
const prefectures: Prefecture[] = ['osaka', 'kyoto', 'hyogo', 'nara', 'shiga', 'wakayama'];
const sizes = [3, 5, 8, 12, 15, 30, 45];
/** How long ago each sample leak was found: the preliminary report (5 days) and the final (30) run or have passed. */
const leakDaysAgo = [2, 7, 12, 40, 1, 20];
const categories: IncidentCategory[] = ['phishing', 'malware', 'lostDevice', 'misdelivery', 'unauthorisedAccess', 'fraud'];

/** A small deterministic generator: the same sample every time, so screens and tests agree. */
function random(seed: number) {
  let state = seed * 2654435761 >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return ((state >>> 0) % 10_000) / 10_000;
  };
}

export interface SampleIncident {
  title: string;
  category: IncidentCategory;
  discoveredAt: string;
  closed: boolean;
  /** People whose card details leaked (a report to the PPC is required, its clocks run); 0 = none. */
  people: number;
}

export interface SampleCompany {
  name: string;
  industry: Industry;
  employees: number;
  prefecture: Prefecture;
  /** Finished self-checks: the day and the 25 answers. */
  checks: { on: string; answers: AnswerValue[] }[];
  incidents: SampleIncident[];
  visits: VisitInput[];
  contactsChecked: boolean;
}

const answerFor = (r: () => number, skill: number): AnswerValue => {
  const x = r() + skill;
  return x > 1.1 ? 'yes' : x > 0.8 ? 'partly' : x > 0.25 ? 'no' : 'unknown';
};

function visitsFor(r: () => number, today: string, count: number): VisitInput[] {
  const kinds: VisitKind[] = ['visit', 'consultation', 'regular', 'onSite', 'serviceReport', 'scsConfirmation'];
  return Array.from({ length: count }, (_, i) => {
    const date = addDays(today, -30 * (count - i) - Math.floor(r() * 20));
    const kind = i === 0 ? 'visit' : kinds[Math.floor(r() * kinds.length)]!;
    return {
      date,
      kind,
      programme: kind === 'visit' || kind === 'regular' ? { programmeId: 'ipa-four-visits', step: Math.min(4, i + 1) } : null,
      supporter: '商工会議所 経営指導員',
      topics: ['バックアップ', 'パスワード'].slice(0, 1 + Math.floor(r() * 2)),
      findings: 'バックアップの保管場所とパスワードの使い回しを確認した。',
      advice: 'バックアップは別の場所に保管し、重要なサービスは二要素認証にする。',
      nextSteps: r() > 0.4 ? [{ title: '重要なサービスを二要素認証にする', owner: '総務担当', dueDate: addDays(date, 30) }] : [],
      minutes: [15, 30, 60, 90][Math.floor(r() * 4)]!,
      nextVisitOn: i === count - 1 ? addDays(today, Math.floor(r() * 60) - 10) : '',
      service: kind === 'serviceReport' ? { serviceName: 'お助け隊サービス', monitoredDevices: 10, alertsReceived: Math.floor(r() * 6), dispatches: Math.floor(r() * 2) } : null,
    };
  });
}

/** The sample portfolio: thirty companies in 関西 with one to three self-checks, incidents and visits. */
export function sampleCompanies(today: string): SampleCompany[] {
  return Array.from({ length: sampleCompanyCount }, (_, i) => {
    const r = random(i + 1);
    const [trade, industry] = trades[i % trades.length]!;
    const skill = r() * 0.6;
    const checkCount = i % 7 === 0 ? 0 : 1 + Math.floor(r() * 3);
    const checks = Array.from({ length: checkCount }, (_, c) => ({
      on: addDays(today, -120 * (checkCount - c) + Math.floor(r() * 60)),
      answers: questionIds.map(() => answerFor(r, skill + c * 0.1)),
    }));
    const incidents: SampleIncident[] = Array.from({ length: Math.floor(r() * 3) }, (_, n) => ({
      title: ['不審なメールの添付を開いた', 'ノートパソコンの紛失', 'ウイルス対策ソフトの警告'][n % 3]!,
      category: categories[Math.floor(r() * categories.length)]!,
      discoveredAt: addDays(today, -Math.floor(r() * 400) - 10),
      closed: r() > 0.3,
      people: 0,
    }));
    // Every fifth company has a leak of card details: its report deadlines run, some already passed.
    if (i % 5 === 1) {
      const daysAgo = leakDaysAgo[(i - 1) / 5]!;
      incidents.push({ title: 'カード情報を含む顧客名簿のメール誤送信', category: 'misdelivery', discoveredAt: addDays(today, -daysAgo), closed: false, people: 20 + Math.floor(r() * 200) });
    }
    return {
      // 15 family names × 10 trades repeat only after 30: every sample name is different.
      name: `${i % 3 === 0 ? '株式会社' : '有限会社'}${names[i % names.length]}${trade}`,
      industry,
      employees: sizes[Math.floor(r() * sizes.length)]!,
      prefecture: prefectures[i % prefectures.length]!,
      checks,
      incidents,
      visits: i % 6 === 5 ? [] : visitsFor(r, today, 1 + Math.floor(r() * 4)),
      contactsChecked: r() > 0.4,
    };
  });
}
