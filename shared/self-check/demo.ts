import { addDays, subMonths } from 'date-fns';
import { localDay } from '../dates/local-day';
import type { ActionItem } from '../actions/schema';
import type { Answer, Assessment, SecurityPolicy } from './schema';
import { catalogId, currentCatalogVersion } from './catalog';
import { questionIds } from './question-ids';
import type { AnswerValue } from './scoring';

const y = 'yes', p = 'partly', n = 'no', u = 'unknown';
/** Q1–Q25 of the sample company's first check (total 37: urgent) and its latest one (total 64: clear gaps; one item slipped). */
const earlier: AnswerValue[] = [p, y, p, n, n, p, y, p, u, p, n, y, n, y, y, p, y, p, p, n, u, n, u, n, n];
const later: AnswerValue[] = [y, y, y, p, p, y, p, p, y, p, y, y, p, y, y, y, y, p, p, p, u, p, u, n, p];

function assessment(idSuffix: string, values: AnswerValue[], at: Date): Assessment {
  const iso = at.toISOString();
  const answers: Partial<Record<(typeof questionIds)[number], Answer>> = {};
  questionIds.forEach((qid, i) => {
    answers[qid] = { value: values[i]!, note: '', answeredAt: iso };
  });
  answers.q21 = { value: 'unknown', note: '私物スマホでメールを見ている人がいるかもしれない', answeredAt: iso };
  return {
    id: `demo-check-${idSuffix}`,
    catalogId,
    catalogVersion: currentCatalogVersion,
    startedAt: iso,
    updatedAt: iso,
    completedAt: iso,
    position: questionIds.length,
    answers,
  };
}

/** Two finished checks seven months apart (improving overall), a published policy, and a few actions. */
export function demoSelfCheck(today: Date): { assessments: Assessment[]; actions: ActionItem[]; policy: SecurityPolicy } {
  const first = subMonths(today, 8);
  const second = subMonths(today, 1);
  const at = second.toISOString();
  const action = (id: string, partial: Omit<ActionItem, 'id' | 'createdAt' | 'updatedAt'>): ActionItem => ({
    id: `demo-action-${id}`,
    ...partial,
    createdAt: at,
    updatedAt: at,
  });
  return {
    assessments: [assessment('1', earlier, first), assessment('2', later, second)],
    policy: { exists: true, publishedOn: localDay(subMonths(today, 2)) },
    actions: [
      action('contacts', {
        title: '事故のときの連絡先と手順を一覧にする',
        owner: '佐藤 花子',
        dueDate: localDay(addDays(today, -10)),
        status: 'doing',
        note: '業者と保険会社の電話番号も入れる。',
        source: { kind: 'selfCheck', questionId: 'q24' },
      }),
      action('byod', {
        title: '私物スマホの利用ルールを決める',
        owner: '山田 太郎',
        dueDate: localDay(addDays(today, 21)),
        status: 'todo',
        note: '',
        source: { kind: 'selfCheck', questionId: 'q21' },
      }),
      action('wifi', {
        title: 'Wi-Fiのパスワードを初期値から変える',
        owner: '佐藤 花子',
        dueDate: localDay(addDays(today, -40)),
        status: 'done',
        note: '',
        source: { kind: 'selfCheck', questionId: 'q09' },
      }),
    ],
  };
}
