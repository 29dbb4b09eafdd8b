import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { localDay } from '../../../../../shared/dates/local-day';
import { formatDate } from '../../../i18n/format';
import type { Catalog } from '../../../../../shared/self-check/catalog';
import { prioritisedActions } from '../../../../../shared/self-check/priorities';
import type { Assessment } from '../../../../../shared/self-check/schema';
import type { ProvenWeakness } from '../../../../../shared/self-check/weakness';
import { useLanguage } from '../../../i18n/use-language';
import { ActionForm } from '../../actions';
import { useActions } from '../../actions';

/** What to do next, most urgent first, each with its advice and a way into the action plan. */
export function NextSteps({ catalog, assessment, weaknesses }: { catalog: Catalog; assessment: Assessment; weaknesses: ProvenWeakness[] }) {
  const { t } = useTranslation('selfCheck');
  const language = useLanguage();
  const actions = useActions();
  const [adding, setAdding] = useState<string | null>(null);
  const items = prioritisedActions(catalog, assessment.answers, weaknesses);
  const planned = new Set(
    (actions.data ?? []).filter((a) => a.status !== 'done' && a.source.kind !== 'manual').map((a) => ('questionId' in a.source ? a.source.questionId : null)),
  );
  return (
    <section className="card" aria-labelledby="next-title">
      <h2 id="next-title">{t('results.nextTitle')}</h2>
      <p className="muted">{t('results.nextLead')}</p>
      {items.length === 0 && <p>{t('results.nothingToDo')}</p>}
      <ol className="next-list">
        {items.map(({ question, value, provenBy }) => {
          const text = question.text[language];
          return (
            <li key={question.id} className="next-item" data-testid={`next-${question.id}`}>
              <div className="next-head">
                <h3>{question.number}. {text.label}</h3>
                {value && <span className={`answer-chip answer-${value}`}>{t('results.yourAnswer', { answer: t(`answers.${value}`) })}</span>}
              </div>
              {provenBy.map((w) => (
                <p key={w.incidentId} className="proven-weak" data-testid={`proven-${question.id}`}>
                  {t('results.provenWeak', { date: formatDate(localDay(new Date(w.markedAt)), language) })}{' '}
                  {/* "~" leaves the self-check's nested routes for the incident log's. */}
                  <Link href={`~/incidents/${w.incidentId}`} aria-label={t('results.provenWeakLink', { title: w.incidentTitle })}>
                    {w.incidentTitle}
                  </Link>
                </p>
              ))}
              <p>{text.todo}</p>
              {adding === question.id ? (
                <ActionForm
                  idPrefix={`action-${question.id}`}
                  initial={{ title: text.todo.split(/(?<=[。.])/)[0]!.slice(0, 200), source: { kind: 'selfCheck', questionId: question.id } }}
                  onDone={() => setAdding(null)}
                />
              ) : planned.has(question.id) ? (
                <span className="badge badge-planned">{t('results.actionAdded')}</span>
              ) : (
                <button type="button" className="button button-secondary" onClick={() => setAdding(question.id)} aria-label={`${t('results.addAction')}: ${text.label}`}>
                  {t('results.addAction')}
                </button>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
