import { useTranslation } from 'react-i18next';
import type { WorkbookModel } from './workbook-model';

/** Progress by category: answered and met (done or not applicable), as a bar per category. */
export function ProgressPanel({ model }: { model: WorkbookModel }) {
  const { t, i18n } = useTranslation('scs');
  const lang = i18n.language === 'en' ? 'en' : 'ja';
  const total = model.progress.reduce((n, p) => n + p.criteria, 0);
  const answered = model.progress.reduce((n, p) => n + p.answered, 0);
  const passing = model.progress.reduce((n, p) => n + p.passing, 0);
  return (
    <section className="card scs-progress" aria-labelledby="scs-progress-heading">
      <h2 id="scs-progress-heading">{t('progress.heading')}</h2>
      <p>{t('progress.overall', { answered, total, passing })}</p>
      <ul className="scs-progress-list">
        {model.progress.map((p) => {
          const part = model.framework.parts.find((x) => x.id === p.partId)!;
          return (
            <li key={p.partId}>
              <span className="scs-progress-name">{part.title[lang]}</span>
              <progress max={p.criteria} value={p.passing} aria-label={part.title[lang]} />
              <span>{t('progress.row', { answered: p.answered, total: p.criteria, passing: p.passing })}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
