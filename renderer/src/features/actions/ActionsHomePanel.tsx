import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { scoreAnswers } from '../../../../shared/self-check/scoring';
import { formatDate } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { catalogOf, finishedNewestFirst, useAssessments } from '../self-check';
import { isOverdue } from '../../../../shared/actions/overdue';
import { useActions } from './use-actions';
import './actions.css';
import { localDay } from '../../../../shared/dates/local-day';

/** Home: the latest score, open and overdue actions (overdue ones listed by name). */
export function ActionsHomePanel() {
  const { t } = useTranslation('selfCheck');
  const language = useLanguage();
  const actions = useActions();
  const assessments = useAssessments();
  const today = localDay();
  const open = (actions.data ?? []).filter((a) => a.status !== 'done');
  const overdue = open.filter((a) => isOverdue(a, today));
  const latest = finishedNewestFirst(assessments.data)[0];
  const score = latest ? scoreAnswers(catalogOf(latest), latest.answers) : null;

  return (
    <section className="card home-actions" aria-labelledby="home-actions-title" data-testid="home-actions">
      <h2 id="home-actions-title">{t('panel.title')}</h2>
      <p className="muted">
        {score?.complete ? t('panel.lastCheck', { total: score.total, band: t(`bands.${score.band}.name`) }) : t('panel.noCheck')}
      </p>
      {open.length === 0 ? (
        // 「未完了の対策はありません」 only when there was a plan and all of it is done.
        <p>{(actions.data ?? []).length === 0 ? t('panel.noPlan') : t('panel.none')}</p>
      ) : (
        <p className="home-counts">
          <span className="badge badge-open">{t('panel.open', { count: open.length })}</span>
          {overdue.length > 0 && <span className="badge badge-overdue">{t('panel.overdue', { count: overdue.length })}</span>}
        </p>
      )}
      {overdue.length > 0 && (
        <ul className="home-overdue">
          {overdue.slice(0, 5).map((a) => (
            <li key={a.id}>
              {a.title} <span className="muted">· {t('actions.due', { date: formatDate(a.dueDate, language) })}</span>
            </li>
          ))}
        </ul>
      )}
      <Link href="/self-check/actions" className="button button-secondary">{t('panel.seeAll')}</Link>
    </section>
  );
}
