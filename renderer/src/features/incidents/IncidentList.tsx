import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { IncidentRow } from '../../../../shared/incidents/list';
import { formatDate, formatNumber } from '../../i18n/format';
import { ClockBadge } from './ClockBadge';
import { useLanguage } from '../../i18n/use-language';

const rowHeight = 88;

/**
 * The incident list, virtualised: only the rows in view are in the page, so 10,000 records
 * scroll as smoothly as 10. Each row is a link, so it works with the keyboard.
 */
export function IncidentList({ rows }: { rows: IncidentRow[] }) {
  const { t } = useTranslation('incidents');
  const language = useLanguage();
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 8,
    // jsdom and first paint have no layout; start with a screenful.
    initialRect: { width: 800, height: 640 },
  });
  return (
    <div ref={scrollRef} className="incident-scroll" data-testid="incident-list">
      <ul className="incident-rows" style={{ height: virtualizer.getTotalSize() }} aria-label={t('title')}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index]!;
          return (
            <li
              key={row.id}
              className="incident-row"
              style={{ transform: `translateY(${item.start}px)`, height: rowHeight }}
              aria-setsize={rows.length}
              aria-posinset={item.index + 1}
            >
              <Link href={`/${row.id}`} className="incident-row-link">
                <span className="incident-row-top">
                  <span className="incident-row-title">{row.title}</span>
                  {row.nextClock && <ClockBadge clock={row.nextClock} />}
                </span>
                <span className="incident-row-meta">
                  <span className={`badge status-${row.status}`}>{t(`status.${row.status}`)}</span>
                  <span className={`badge severity-${row.severity}`}>
                    {t('list.severityValue', { value: t(`severity.${row.severity}`) })}
                  </span>
                  <span>{t(`category.${row.category}`)}</span>
                  <span>
                    {t('list.discovered')} {formatDate(row.discoveredAt, language)}
                  </span>
                  {row.totalCostYen > 0 && (
                    <span>
                      {t('list.cost')} {t('costs.yenValue', { amount: formatNumber(row.totalCostYen, language) })}
                    </span>
                  )}
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
