import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PortfolioRow as Row, PortfolioSort } from '../../../../shared/portfolio/row';
import { PortfolioRow } from './PortfolioRow';

const rowHeight = 64;
/** A screenful, for a scroll box with no layout yet (first paint, jsdom). */
const screenful = { width: 1000, height: 640 };
const columns: PortfolioSort[] = ['name', 'score', 'daysSinceCheck', 'daysSinceVisit', 'overdueActions', 'clocks', 'contacts', 'nextVisit'];

interface Props {
  rows: Row[];
  sort: PortfolioSort;
  descending: boolean;
  onSort: (column: PortfolioSort) => void;
}

/**
 * One table row per company, virtualised (only the rows in view are in the page, with spacer
 * rows above and below), so a supporter with hundreds of companies scrolls smoothly.
 */
export function PortfolioTable({ rows, sort, descending, onSort }: Props) {
  const { t } = useTranslation('portfolio');
  const scrollRef = useRef<HTMLDivElement | null>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 8,
    initialRect: screenful,
    // A box measured at zero height has no layout yet: keep showing a screenful rather than nothing.
    observeElementRect: (instance, onRect) => observeElementRect(instance, (rect) => onRect(rect.height > 0 ? rect : screenful)),
  });
  const items = virtualizer.getVirtualItems();
  const before = items[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  return (
    <div ref={scrollRef} className="portfolio-scroll" data-testid="portfolio-table">
      <table className="portfolio-table" aria-rowcount={rows.length + 1}>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col" aria-sort={sort === column ? (descending ? 'descending' : 'ascending') : 'none'}>
                <button type="button" className="portfolio-sort" onClick={() => onSort(column)} aria-label={t('sortBy', { column: t(`columns.${column}`) })}>
                  {t(`columns.${column}`)} {sort === column && <span aria-hidden="true">{descending ? '▼' : '▲'}</span>}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {before > 0 && <tr aria-hidden="true" style={{ height: before }} />}
          {items.map((item) => (
            <PortfolioRow key={rows[item.index]!.workspaceId} row={rows[item.index]!} index={item.index + 2} />
          ))}
          {after > 0 && <tr aria-hidden="true" style={{ height: after }} />}
        </tbody>
      </table>
    </div>
  );
}
