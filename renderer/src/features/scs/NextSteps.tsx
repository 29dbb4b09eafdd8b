import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { gapValues } from '../../../../shared/scs/schema';
import type { WorkbookView } from '../../../../shared/scs/contract';
import { markOf } from './marks';
import type { WorkbookModel } from './workbook-model';

const shown = 8;

/** What blocks ★3 (criteria not yet done or not applicable) and the next steps, most useful first. */
export function NextSteps({ view, model }: { view: WorkbookView; model: WorkbookModel }) {
  const { t, i18n } = useTranslation('scs');
  const lang = i18n.language === 'en' ? 'en' : 'ja';
  const { workbook } = view;
  const firstOpen = model.criteria.find((c) => !workbook.answers[c.id]);
  const gaps = Object.values(workbook.answers).filter((a) => gapValues.includes(a.value)).length;
  const outdated = view.confirmations.filter((c) => c.latest && !c.current).length;
  const steps = [
    view.proposals.length > 0 && t('next.proposals', { count: view.proposals.length }),
    workbook.reconfirm.length > 0 && t('next.reconfirm', { count: workbook.reconfirm.length }),
    firstOpen && t('next.unanswered', { id: firstOpen.id }),
    gaps > 0 && t('next.gaps', { count: gaps }),
    outdated > 0 && t('next.outdated', { count: outdated }),
    !firstOpen && view.confirmations.length === 0 && t('next.expert'),
  ].filter((s): s is string => !!s);
  return (
    <div className="scs-overview">
      <section className="card" aria-labelledby="scs-next-heading">
        <h2 id="scs-next-heading">{t('next.heading')}</h2>
        <ul>{steps.map((s) => <li key={s}>{s}</li>)}</ul>
      </section>
      <section className="card" aria-labelledby="scs-blockers-heading">
        <h2 id="scs-blockers-heading">
          {t('blockers.heading')} {model.blockers.length > 0 && <span className="badge badge-open">{t('blockers.count', { count: model.blockers.length })}</span>}
        </h2>
        {model.blockers.length === 0 ? (
          <p>{t('blockers.none')}</p>
        ) : (
          <ul className="scs-blockers">
            {model.blockers.slice(0, shown).map((c) => {
              const answer = workbook.answers[c.id];
              return (
                <li key={c.id}>
                  <Link href={`/c/${c.id}`}>
                    <span className="scs-mark" aria-hidden="true">{answer ? markOf(answer.value) : '・'}</span> {c.id} {c.label[lang]}
                  </Link>{' '}
                  <span className="scs-muted">{answer ? t(`form.values.${answer.value}`) : t('blockers.unanswered')}</span>
                </li>
              );
            })}
            {model.blockers.length > shown && <li className="scs-muted">{t('blockers.more', { count: model.blockers.length - shown })}</li>}
          </ul>
        )}
      </section>
    </div>
  );
}
