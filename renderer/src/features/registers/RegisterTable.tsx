import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { registerFields, titleField, type FieldSpec, type RegisterKind } from '../../../../shared/registers/fields';
import type { RegisterEntry } from '../../../../shared/registers/schema';
import { EvidenceCountLink } from '../evidence';

const rowHeight = 48;
const screenful = { width: 1000, height: 520 };

interface RegisterTableProps {
  kind: RegisterKind;
  rows: RegisterEntry[];
  cellText: (field: FieldSpec, entry: RegisterEntry) => string;
  /** Marks a cell the owner should look at (a device not checked recently). */
  flagged?: (field: FieldSpec, entry: RegisterEntry) => string | null;
  onEdit: (entry: RegisterEntry) => void;
}

/**
 * One register as a table, virtualised: only the rows in view are in the page, so 2,000 devices
 * filter and scroll as quickly as 20. Row and column roles keep it a table for screen readers.
 */
export function RegisterTable({ kind, rows, cellText, flagged, onEdit }: RegisterTableProps) {
  const { t } = useTranslation('registers');
  const columns = registerFields[kind].filter((f) => f.column);
  const labels = t(`fields.${kind}`, { returnObjects: true }) as Record<string, string>;
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 8,
    // jsdom and first paint have no layout; start with a screenful, and keep one while there is none.
    initialRect: screenful,
    observeElementRect: (instance, report) => observeElementRect(instance, (rect) => report(rect.height > 0 ? rect : screenful)),
  });
  // Every row is its own grid, so the tracks must not follow their content or the columns would not line up.
  const template = { gridTemplateColumns: `${columns.map((f, i) => `minmax(0, ${i === 0 ? 1.4 : f.kind === 'date' ? 1.35 : 1}fr)`).join(' ')} 9.5rem` };
  return (
    <div className="register-table">
    <div role="table" className="register-inner" style={{ minWidth: `${columns.length * 8 + 12}rem` }} aria-label={t(`kinds.${kind}`)} aria-rowcount={rows.length + 1} data-testid="register-table">
      <div role="rowgroup">
        <div role="row" className="register-row register-head" style={template} aria-rowindex={1}>
          {columns.map((f) => (
            <span role="columnheader" key={f.key}>{labels[f.key]}</span>
          ))}
          <span role="columnheader">{t('table.actions')}</span>
        </div>
      </div>
      <div ref={scrollRef} className="register-scroll" role="rowgroup">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const entry = rows[item.index]!;
            return (
              <div role="row" key={entry.id} className="register-row" style={{ ...template, transform: `translateY(${item.start}px)`, height: rowHeight }} aria-rowindex={item.index + 2} data-testid="register-row">
                {columns.map((f) => {
                  const flag = flagged?.(f, entry) ?? null;
                  return (
                    <span role="cell" key={f.key} className={flag ? 'register-flagged' : undefined} title={[cellText(f, entry), flag].filter(Boolean).join(' — ') || undefined}>
                      {cellText(f, entry) || (flag ? '—' : '')}
                      {flag && <span className="visually-hidden"> ({flag})</span>}
                    </span>
                  );
                })}
                <span role="cell" className="register-actions">
                  <button type="button" className="button button-secondary" onClick={() => onEdit(entry)} aria-label={`${t('table.edit')}: ${String(entry[titleField[kind]])}`}>{t('table.edit')}</button>
                  <EvidenceCountLink claim={{ kind: 'registerEntry', id: entry.id }} label={t('table.evidence')} />
                </span>
              </div>
            );
          })}
        </div>
      </div>
    </div>
    </div>
  );
}
