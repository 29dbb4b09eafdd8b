import { ArrowLeft } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { currentCatalog, questionOf } from '../../../../shared/self-check/catalog';
import type { DueAction } from '../../../../shared/visits/contract';
import { PageHeader } from '../../components/PageHeader';
import { formatDate } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { useVisitPreparation } from './use-visits';

function ActionList({ title, actions, day, none }: { title: string; actions: DueAction[]; day: (iso: string) => string; none: string }) {
  return (
    <section className="card" aria-label={title}>
      <h2>{title}</h2>
      {actions.length === 0 ? <p className="muted">{none}</p> : (
        <ul>{actions.map((a) => <li key={a.id}>{a.title}{a.owner && `（${a.owner}）`} — {day(a.dueDate)}</li>)}</ul>
      )}
    </section>
  );
}

/** Before the visit: what changed since the last one, what is due, what the owner did not know. */
export function VisitPreparationPage() {
  const { t } = useTranslation('visits');
  const language = useLanguage();
  const { data: prep } = useVisitPreparation();
  const day = (iso: string) => formatDate(iso, language);
  if (!prep) return null;
  const { change } = prep;
  const catalog = currentCatalog();
  return (
    <div className="page visits-page">
      <PageHeader title={t('prepare.title')} lead={prep.lastVisit ? t('prepare.lastVisit', { date: day(prep.lastVisit.date), kind: t(`kinds.${prep.lastVisit.kind}`) }) : t('prepare.noVisit')} />
      <p><Link href="/" className="back-link"><ArrowLeft aria-hidden="true" size={16} /> {t('list.heading')}</Link></p>
      {prep.nextVisitOn && <p>{t('prepare.nextVisit', { date: day(prep.nextVisitOn) })}</p>}
      <div className="visit-prepare-grid">
        <section className="card" aria-labelledby="prep-changes">
          <h2 id="prep-changes">{t('prepare.changes')}</h2>
          <ul>
            <li>{change.scoreNow === null ? t('prepare.scoreNone') : t('prepare.score', { before: change.scoreBefore ?? '—', now: change.scoreNow })}</li>
            <li>{t('prepare.actionsDone', { count: change.actionsDone })}</li>
            <li>{t('prepare.newIncidents', { count: change.newIncidents })}</li>
            <li>{t('prepare.contacts', { count: prep.contactsNeedingCheck })}</li>
          </ul>
        </section>
        <ActionList title={t('prepare.overdue')} actions={prep.overdueActions} day={day} none={t('prepare.none')} />
        <ActionList title={t('prepare.dueSoon')} actions={prep.dueSoon} day={day} none={t('prepare.none')} />
        <section className="card" aria-labelledby="prep-clocks">
          <h2 id="prep-clocks">{t('prepare.clocks')}</h2>
          {prep.runningClocks.length === 0 ? <p className="muted">{t('prepare.none')}</p> : (
            <ul>
              {prep.runningClocks.map((c) => (
                <li key={`${c.incidentId}-${c.kind}`} className={c.daysLeft < 0 ? 'text-danger' : undefined}>
                  {t(c.daysLeft < 0 ? 'prepare.clockOverdue' : 'prepare.clock', { title: c.title, kind: t(`prepare.clockKinds.${c.kind}`), date: day(c.due), days: Math.abs(c.daysLeft) })}
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="card" aria-labelledby="prep-unknown">
          <h2 id="prep-unknown">{t('prepare.unknown')}</h2>
          {prep.unknownAnswers.length === 0 ? <p className="muted">{t('prepare.none')}</p> : (
            <ul>{prep.unknownAnswers.map((q) => <li key={q}>{questionOf(catalog, q).number}. {questionOf(catalog, q).text[language].question}</li>)}</ul>
          )}
        </section>
      </div>
    </div>
  );
}
