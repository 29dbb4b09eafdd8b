import { useTranslation } from 'react-i18next';
import { currentCatalog, questionOf } from '../../../../shared/self-check/catalog';
import type { GroupRow, StatisticsReport } from '../../../../shared/statistics/report';
import { useLanguage } from '../../i18n/use-language';

const dash = (value: number | null) => (value === null ? '—' : value);

function GroupTable({ caption, rows, label }: { caption: string; rows: GroupRow[]; label: (key: string) => string }) {
  const { t } = useTranslation('statistics');
  const columns = ['consultations', 'incidents', 'onSite', 'visits'] as const;
  return (
    <table className="stats-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('columns.key')}</th>
          <th scope="col">{t('columns.companies')}</th>
          {columns.map((c) => <th key={c} scope="col">{t(`columns.${c}`)}</th>)}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{label(row.key)}</th>
            <td>{row.companies}</td>
            {columns.map((c) => <td key={c}>{dash(row[c])}</td>)}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The pilot-report tables: totals, by industry and size, score bands, weak questions, kinds. */
export function StatisticsTables({ report }: { report: StatisticsReport }) {
  const { t } = useTranslation(['statistics', 'profile', 'portfolio', 'incidents', 'visits']);
  const language = useLanguage();
  const catalog = currentCatalog();
  const industry = (key: string) => (key === '*' ? t('hidden') : key === '' ? t('industryUnknown') : t(`profile:industry.${key}` as 'hidden'));
  const size = (key: string) => (key === '*' ? t('hidden') : key === 'unknown' ? t('sizeUnknown') : key);
  const totals = ['participants', 'consultations', 'incidents', 'onSite', 'minutes'] as const;
  return (
    <div className="stats-grid">
      <section className="card" aria-labelledby="stats-totals">
        <h2 id="stats-totals">{t('totals.heading')}</h2>
        <dl className="stats-totals">
          {totals.map((key) => (
            <div key={key}><dt>{t(`totals.${key}`)}</dt><dd>{report[key].toLocaleString()}</dd></div>
          ))}
        </dl>
      </section>
      <section className="card"><GroupTable caption={t('byIndustry')} rows={report.byIndustry} label={industry} /></section>
      <section className="card"><GroupTable caption={t('bySize')} rows={report.bySize} label={size} /></section>
      <section className="card" aria-labelledby="stats-bands">
        <h2 id="stats-bands">{t('scoreBands')}</h2>
        <ul>{report.scoreBands.map((b) => <li key={b.band}>{b.band === 'none' ? t('noScore') : t(`portfolio:bands.${b.band}` as 'hidden')}: {b.companies}</li>)}</ul>
      </section>
      <section className="card" aria-labelledby="stats-weak">
        <h2 id="stats-weak">{t('weakQuestions')}</h2>
        <ol>{report.weakQuestions.map((w) => <li key={w.question}>{questionOf(catalog, w.question).text[language].label} — {t('weakShare', { weak: w.weak, answered: w.answered })}</li>)}</ol>
      </section>
      <section className="card" aria-labelledby="stats-kinds">
        <h2 id="stats-kinds">{t('visitsByKind')}</h2>
        <ul>{report.visitsByKind.map((v) => <li key={v.kind}>{t(`visits:kinds.${v.kind}` as 'hidden')}: {t('kindsMinutes', { n: v.n, minutes: v.minutes })}</li>)}</ul>
        <h2>{t('incidentsByCategory')}</h2>
        <ul>{report.incidentsByCategory.map((c) => <li key={c.category}>{t(`incidents:category.${c.category}` as 'hidden')}: {c.n}</li>)}</ul>
      </section>
    </div>
  );
}
