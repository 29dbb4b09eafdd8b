import { scsStar3 } from '../../../shared/frameworks';
import { demoExpert, demoScope, demoScsAnswers } from '../../../shared/scs/demo';
import { localDay } from '../../../shared/dates/local-day';
import type { Workspace } from '../../services/workspaces';
import { answerCriterion, confirm, setScope, startWorkbook } from './repository';
import { addTriage } from './triages';

const daysAgo = (today: Date, days: number) => new Date(today.getTime() - days * 86_400_000);

/**
 * The demo company's ★3 workbook through the same path as the app: two thirds answered, the
 * expert confirmed one category and the patching criterion a month ago, and the patching answer
 * was changed since, so that confirmation shows as outdated; one customer's which-star triage.
 */
export function seedScs(ws: Workspace, today: Date): void {
  const start = daysAgo(today, 45);
  const workbook = startWorkbook(ws, today.getFullYear(), start);
  setScope(ws, workbook.id, demoScope, start);
  for (const [criterionId, answer] of demoScsAnswers()) {
    answerCriterion(ws, { workbookId: workbook.id, frameworkVersion: scsStar3.version, criterionId, answer, actionDue: localDay(daysAgo(today, -60)), language: 'ja' }, start);
  }
  const checked = daysAgo(today, 30);
  const expert = { ...demoExpert, date: localDay(checked), note: '' };
  confirm(ws, workbook.id, { kind: 'category', id: 'governance' }, { ...expert, verdict: 'confirmed' }, checked);
  confirm(ws, workbook.id, { kind: 'criterion', id: '4-4-4-2' }, { ...expert, verdict: 'advice', note: '重要な更新は14日以内に当てる、と手順に書いておきましょう。' }, checked);
  const changed = { value: 'done' as const, how: '自動更新をオン。月に一度、佐藤が全台を確認し、重要な更新は14日以内に当てると手順に書いた。' };
  answerCriterion(ws, { workbookId: workbook.id, frameworkVersion: scsStar3.version, criterionId: '4-4-4-2', answer: changed, actionDue: '', language: 'ja' }, daysAgo(today, 10));
  addTriage(ws, { customer: '株式会社みなと精機', confidentialOnOurIt: false, outageDelaysCustomer: false, reachesCustomerSystems: false, note: '部品の発注データはメールで受け取るだけ。先方の社内システムにはつながない。' }, start);
}
