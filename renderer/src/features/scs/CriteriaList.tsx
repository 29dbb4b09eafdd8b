import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { WorkbookView } from '../../../../shared/scs/contract';
import { markOf } from './marks';
import type { WorkbookModel } from './workbook-model';

/** ↑/↓ move focus between the criteria links, so the list works without a mouse or endless Tab. */
function moveFocus(event: KeyboardEvent<HTMLElement>) {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const links = [...event.currentTarget.querySelectorAll<HTMLAnchorElement>('a.scs-criterion-link')];
  const index = links.indexOf(document.activeElement as HTMLAnchorElement);
  const next = links[index + (event.key === 'ArrowDown' ? 1 : -1)];
  if (next) {
    event.preventDefault();
    next.focus();
  }
}

/** Every criterion by category and requirement, with its answer mark and what needs attention. */
export function CriteriaList({ view, model }: { view: WorkbookView; model: WorkbookModel }) {
  const { t, i18n } = useTranslation('scs');
  const lang = i18n.language === 'en' ? 'en' : 'ja';
  const proposed = new Set(view.proposals.map((p) => p.criterionId));
  const badges = (id: string) => {
    const confirmation = model.latestConfirmation.get(`criterion:${id}`);
    return (
      <>
        {proposed.has(id) && <span className="badge badge-open">{t('list.proposal')}</span>}
        {view.workbook.reconfirm.includes(id) && <span className="badge badge-muted">{t('list.reconfirm')}</span>}
        {confirmation && <span className={`badge ${confirmation.current ? 'badge-done' : 'badge-overdue'}`}>{confirmation.current ? t('list.confirmed') : t('list.outdated')}</span>}
      </>
    );
  };
  return (
    <section className="scs-criteria" aria-labelledby="scs-criteria-heading" onKeyDown={moveFocus}>
      <h2 id="scs-criteria-heading">{t('list.heading')}</h2>
      <p className="scs-muted">{t('list.keys')}</p>
      {model.framework.parts.map((part) => (
        <section key={part.id} className="scs-category" aria-label={part.title[lang]}>
          <h3>{part.title[lang]}</h3>
          {part.requirements.map((req) => (
            <div key={req.id} className="scs-requirement">
              <h4>{req.id} {req.title[lang]}</h4>
              <ul>
                {req.criteria.map((c) => {
                  const answer = view.workbook.answers[c.id];
                  return (
                    <li key={c.id}>
                      <Link href={`/c/${c.id}`} className="scs-criterion-link">
                        <span className="scs-mark" aria-hidden="true">{answer ? markOf(answer.value) : '・'}</span>
                        <span className="scs-id">{c.id}</span> {c.label[lang]}
                        <span className="visually-hidden"> {answer ? t(`form.values.${answer.value}`) : t('blockers.unanswered')}</span>
                      </Link>{' '}
                      {badges(c.id)}
                    </li>
                  );
                })}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </section>
  );
}
