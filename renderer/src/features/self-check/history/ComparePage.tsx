import { useTranslation } from 'react-i18next';
import { compareAnswers } from '../../../../../shared/self-check/compare';
import { scoreAnswers } from '../../../../../shared/self-check/scoring';
import { PageHeader } from '../../../components/PageHeader';
import { formatDate } from '../../../i18n/format';
import { useLanguage } from '../../../i18n/use-language';
import { catalogOf, partKey } from '../model';
import { useAssessments } from '../use-self-check';

const changeMark = { improved: '▲', worse: '▼', same: '＝' } as const;

/** Two checks side by side: part scores, then every question with improved / worse / same. */
export function ComparePage({ beforeId, afterId }: { beforeId: string; afterId: string }) {
  const { t } = useTranslation(['selfCheck', 'common']);
  const language = useLanguage();
  const assessments = useAssessments();
  if (assessments.isLoading) return <p className="loading" role="status">{t('common:states.loading')}</p>;
  const before = assessments.data?.find((a) => a.id === beforeId);
  const after = assessments.data?.find((a) => a.id === afterId);
  if (!before || !after) return <p className="alert alert-warning">{t('results.notFound')}</p>;
  // Questions are matched by id; the newer check's wording is shown.
  const catalog = catalogOf(after);
  const sb = scoreAnswers(catalogOf(before), before.answers);
  const sa = scoreAnswers(catalog, after.answers);
  const items = compareAnswers(catalog, before.answers, after.answers);
  const count = (c: 'improved' | 'worse' | 'same') => items.filter((i) => i.change === c).length;
  const beforeLabel = t('compare.before', { date: formatDate(before.completedAt ?? before.startedAt, language) });
  const afterLabel = t('compare.after', { date: formatDate(after.completedAt ?? after.startedAt, language) });

  return (
    <>
      <PageHeader title={t('compare.title')} lead={t('compare.summary', { improved: count('improved'), worse: count('worse'), same: count('same') })} />
      <section className="card" aria-labelledby="compare-parts">
        <h2 id="compare-parts">{t('compare.partsTitle')}</h2>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('compare.part')}</th>
              <th scope="col">{beforeLabel}</th>
              <th scope="col">{afterLabel}</th>
            </tr>
          </thead>
          <tbody>
            {sa.parts.map((p, i) => (
              <tr key={p.part}>
                <th scope="row">{t(`parts.${partKey(p.part)}`)}</th>
                <td className="num">{t('results.partScore', { score: sb.parts[i]!.score, max: sb.parts[i]!.max, percent: sb.parts[i]!.percent })}</td>
                <td className="num">{t('results.partScore', { score: p.score, max: p.max, percent: p.percent })}</td>
              </tr>
            ))}
            <tr className="total-row">
              <th scope="row">{t('results.total')}</th>
              <td className="num">{sb.total}</td>
              <td className="num">{sa.total}</td>
            </tr>
          </tbody>
        </table>
      </section>
      <section className="card" aria-labelledby="compare-items">
        <h2 id="compare-items">{t('compare.itemsTitle')}</h2>
        <table className="data-table compare-table">
          <thead>
            <tr>
              <th scope="col">{t('compare.columns.question')}</th>
              <th scope="col">{t('compare.columns.before')}</th>
              <th scope="col">{t('compare.columns.after')}</th>
              <th scope="col">{t('compare.columns.change')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.question.id} className={`change-${item.change}`}>
                <th scope="row">{item.question.number}. {item.question.text[language].label}</th>
                <td>{item.before ? t(`answers.${item.before}`) : '—'}</td>
                <td>{item.after ? t(`answers.${item.after}`) : '—'}</td>
                <td className="change-cell">
                  <span aria-hidden="true">{changeMark[item.change]}</span> {t(`compare.change.${item.change}`)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
