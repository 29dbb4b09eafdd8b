import { useTranslation } from 'react-i18next';
import type { WorkbookView } from '../../../../shared/scs/contract';
import { ExpertForm } from './ExpertForm';

interface Props {
  view: WorkbookView;
  criterionId: string;
  categoryId: string;
  categoryName: string;
}

/** The expert's confirmations of this criterion and its category (all kept, newest last), and the form. */
export function ExpertPanel({ view, criterionId, categoryId, categoryName }: Props) {
  const { t } = useTranslation('scs');
  const mine = view.confirmations.filter((c) => (c.target.kind === 'criterion' && c.target.id === criterionId) || (c.target.kind === 'category' && c.target.id === categoryId));
  return (
    <section className="card scs-expert" aria-labelledby="scs-expert-heading">
      <h2 id="scs-expert-heading">{t('expert.heading')}</h2>
      <p className="scs-muted">{t('expert.lead')}</p>
      {mine.length === 0 ? (
        <p>{t('expert.none')}</p>
      ) : (
        <ul className="scs-confirmations">
          {mine.map((c) => (
            <li key={c.id} className={c.latest ? '' : 'scs-superseded'}>
              <span className={`badge ${c.current ? 'badge-done' : 'badge-overdue'}`}>{c.current ? t('expert.current') : t('expert.outdated')}</span>{' '}
              <strong>{t(`expert.verdicts.${c.verdict}`)}</strong> · {c.target.kind === 'criterion' ? t('expert.targetCriterion', { id: c.target.id }) : t('expert.targetCategory', { name: categoryName })} ·{' '}
              {t('expert.by', { date: c.date, name: c.expertName, organisation: c.organisation })}
              {c.note && <p className="scs-note">{c.note}</p>}
            </li>
          ))}
        </ul>
      )}
      <ExpertForm workbookId={view.workbook.id} criterionId={criterionId} categoryId={categoryId} categoryName={categoryName} />
    </section>
  );
}
