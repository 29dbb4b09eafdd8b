import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { scoreAnswers } from '../../../../../shared/self-check/scoring';
import { PageHeader } from '../../../components/PageHeader';
import { formatDate } from '../../../i18n/format';
import { useLanguage } from '../../../i18n/use-language';
import { catalogOf, finishedNewestFirst } from '../model';
import { useAssessments } from '../use-self-check';

/** Every finished check: a trend of totals, a table, and picking two to compare. */
export function HistoryPage() {
  const { t } = useTranslation(['selfCheck', 'common']);
  const language = useLanguage();
  const [, navigate] = useLocation();
  const assessments = useAssessments();
  const [picked, setPicked] = useState<string[]>([]);
  if (assessments.isLoading) return <p className="loading" role="status">{t('common:states.loading')}</p>;
  const rows = finishedNewestFirst(assessments.data).map((a) => ({ a, score: scoreAnswers(catalogOf(a), a.answers), date: formatDate(a.completedAt!, language) }));
  const trend = [...rows].reverse().map((r) => ({ date: r.date, total: r.score.total ?? 0 }));
  const toggle = (id: string) => setPicked((p) => (p.includes(id) ? p.filter((x) => x !== id) : [...p.slice(-1), id]));
  const compare = () => {
    const [x, y] = rows.filter((r) => picked.includes(r.a.id)).reverse();
    if (x && y) navigate(`/compare/${x.a.id}/${y.a.id}`);
  };

  return (
    <>
      <PageHeader title={t('history.title')} lead={t('history.lead')} />
      {rows.length === 0 ? (
        <p className="card muted">{t('history.empty')}</p>
      ) : (
        <>
          <section className="card" aria-labelledby="trend-title">
            <h2 id="trend-title">{t('history.trendTitle')}</h2>
            <figure className="chart" aria-label={t('history.trendLabel')} data-testid="trend-chart">
              <LineChart width={620} height={240} data={trend} margin={{ top: 10, right: 30, left: 0, bottom: 10 }}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="date" tick={{ fontSize: 12 }} />
                <YAxis domain={[-25, 100]} ticks={[-25, 0, 50, 70, 100]} interval={0} />
                <ReferenceLine y={70} stroke="#1e7a4c" strokeDasharray="4 4" />
                <ReferenceLine y={50} stroke="#8a5a00" strokeDasharray="4 4" />
                <Tooltip />
                <Line dataKey="total" name={t('results.total')} stroke="#1c5a86" strokeWidth={2} dot={{ r: 4 }} isAnimationActive={false} />
              </LineChart>
            </figure>
          </section>
          <section className="card" aria-labelledby="history-table">
            <table className="data-table">
              <caption id="history-table" className="visually-hidden">{t('history.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('history.columns.select')}</th>
                  <th scope="col">{t('history.columns.date')}</th>
                  <th scope="col">{t('history.columns.total')}</th>
                  <th scope="col">{t('history.columns.band')}</th>
                  <th scope="col"><span className="visually-hidden">{t('history.open')}</span></th>
                </tr>
              </thead>
              <tbody>
                {rows.map(({ a, score, date }) => (
                  <tr key={a.id}>
                    <td>
                      <input type="checkbox" checked={picked.includes(a.id)} onChange={() => toggle(a.id)} aria-label={t('history.selectFor', { date })} />
                    </td>
                    <td>{date}</td>
                    <td className="num">{score.total}</td>
                    <td>{score.band && <span className={`band-chip band-${score.band}`}>{t(`bands.${score.band}.name`)}</span>}</td>
                    <td><Link href={`/results/${a.id}`}>{t('history.open')}</Link></td>
                  </tr>
                ))}
              </tbody>
            </table>
            <div className="form-actions">
              <button type="button" className="button button-primary" disabled={picked.length !== 2} onClick={compare}>{t('history.compare')}</button>
              {picked.length !== 2 && <span className="muted">{t('history.chooseTwo')}</span>}
            </div>
          </section>
        </>
      )}
    </>
  );
}
