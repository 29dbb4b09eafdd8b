import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { portfolioFilters, portfolioView, type PortfolioFilter, type PortfolioSort } from '../../../../shared/portfolio/row';
import { Link } from 'wouter';
import { BarChart3 } from 'lucide-react';
import { PageHeader } from '../../components/PageHeader';
import { PortfolioTable } from './PortfolioTable';
import { usePortfolio } from './use-portfolio';

/** Columns whose natural first order is "largest first" (most overdue, longest ago). */
const descendingFirst: readonly PortfolioSort[] = ['daysSinceCheck', 'daysSinceVisit', 'overdueActions', 'clocks', 'contacts'];

/** Every company in one table, sortable and filterable; a company's name opens it. */
export function PortfolioListPage() {
  const { t } = useTranslation(['portfolio', 'statistics']);
  const { data: rows = [] } = usePortfolio();
  const [sort, setSort] = useState<PortfolioSort>('clocks');
  const [descending, setDescending] = useState(true);
  const [filter, setFilter] = useState<PortfolioFilter>('all');
  const [text, setText] = useState('');
  const deferredText = useDeferredValue(text);
  const shown = portfolioView(rows, { sort, descending, filter, text: deferredText });

  const onSort = (column: PortfolioSort) => {
    if (column === sort) return setDescending((d) => !d);
    setSort(column);
    setDescending(descendingFirst.includes(column));
  };

  return (
    <div className="page portfolio-page">
      <PageHeader
        title={t('title')}
        lead={t('lead')}
        actions={<Link href="/statistics" className="button button-secondary"><BarChart3 aria-hidden="true" size={18} /> {t('statistics:open')}</Link>}
      />
      <div className="portfolio-controls">
        <div className="portfolio-filters" role="group" aria-label={t('filterLabel')}>
          {portfolioFilters.map((f) => (
            <button key={f} type="button" className={`button ${filter === f ? 'button-primary' : 'button-secondary'}`} aria-pressed={filter === f} onClick={() => setFilter(f)}>
              {t(`filters.${f}`)}
            </button>
          ))}
        </div>
        <input type="search" className="input portfolio-search" aria-label={t('search')} placeholder={t('search')} value={text} onChange={(e) => setText(e.target.value)} />
      </div>
      <p className="muted" role="status">{t('count', { shown: shown.length, total: rows.length })}</p>
      {shown.length === 0 ? <p className="muted">{t('empty')}</p> : <PortfolioTable rows={shown} sort={sort} descending={descending} onSort={onSort} />}
    </div>
  );
}
