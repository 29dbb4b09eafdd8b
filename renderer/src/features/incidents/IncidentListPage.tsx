import { Plus } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { listSorts, type IncidentFilter } from '../../../../shared/incidents/list';
import { incidentCategories, incidentStatuses } from '../../../../shared/incidents/schema';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PageHeader } from '../../components/PageHeader';
import { ExportButtons } from './ExportButtons';
import { IncidentList } from './IncidentList';
import { useIncidentList } from './use-incidents';

const initialFilter: IncidentFilter = { query: '', status: '', category: '', year: '', reporting: 'any', sort: 'discoveredDesc', today: '' };

export function IncidentListPage() {
  const { t } = useTranslation(['incidents', 'common']);
  const [filter, setFilter] = useState<IncidentFilter>(initialFilter);
  const list = useIncidentList(filter);
  const set = <K extends keyof IncidentFilter>(key: K, value: IncidentFilter[K]) => setFilter((f) => ({ ...f, [key]: value }));
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: 6 }, (_, i) => thisYear - i);
  const rows = list.data ?? [];
  const isFiltered = JSON.stringify(filter) !== JSON.stringify({ ...initialFilter, sort: filter.sort });

  return (
    <>
      <PageHeader
        title={t('title')}
        lead={t('lead')}
        actions={
          <Link href="/new" className="button button-primary">
            <Plus aria-hidden="true" size={18} /> {t('actions.new')}
          </Link>
        }
      />
      <section className="card incident-filters">
        <div className="field">
          <label htmlFor="incident-search" className="field-label">{t('list.search')}</label>
          <input id="incident-search" type="search" className="input" value={filter.query} onChange={(e) => set('query', e.target.value)} />
        </div>
        <div className="field-row">
          <div className="field">
            <label htmlFor="incident-filter-status" className="field-label">{t('list.status')}</label>
            <select id="incident-filter-status" className="input" value={filter.status} onChange={(e) => set('status', e.target.value as IncidentFilter['status'])}>
              <option value="">{t('list.statusAll')}</option>
              <option value="notClosed">{t('list.notClosed')}</option>
              {incidentStatuses.map((s) => <option key={s} value={s}>{t(`status.${s}`)}</option>)}
            </select>
          </div>
          <div className="field">
            <label htmlFor="incident-filter-category" className="field-label">{t('list.category')}</label>
            <select id="incident-filter-category" className="input" value={filter.category} onChange={(e) => set('category', e.target.value as IncidentFilter['category'])}>
              <option value="">{t('list.categoryAll')}</option>
              {incidentCategories.map((c) => <option key={c} value={c}>{t(`category.${c}`)}</option>)}
            </select>
          </div>
          <div className="field">
            <label htmlFor="incident-filter-year" className="field-label">{t('list.year')}</label>
            <select id="incident-filter-year" className="input" value={filter.year} onChange={(e) => set('year', e.target.value ? Number(e.target.value) : '')}>
              <option value="">{t('list.yearAll')}</option>
              {years.map((y) => <option key={y} value={y}>{y}</option>)}
            </select>
          </div>
          <div className="field">
            <label htmlFor="incident-filter-reporting" className="field-label">{t('list.reporting')}</label>
            <select id="incident-filter-reporting" className="input" value={filter.reporting} onChange={(e) => set('reporting', e.target.value as IncidentFilter['reporting'])}>
              <option value="any">{t('list.reportingAny')}</option>
              <option value="due">{t('list.reportingDue')}</option>
              <option value="overdue">{t('list.reportingOverdue')}</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor="incident-sort" className="field-label">{t('list.sort')}</label>
            <select id="incident-sort" className="input" value={filter.sort} onChange={(e) => set('sort', e.target.value as IncidentFilter['sort'])}>
              {listSorts.map((s) => <option key={s} value={s}>{t(`list.sorts.${s}`)}</option>)}
            </select>
          </div>
        </div>
        <ExportButtons filter={filter} />
      </section>
      <ErrorMessage error={list.error} />
      <p className="incident-count" role="status">{list.data && t('list.count', { count: rows.length })}</p>
      {list.data && rows.length === 0 ? (
        <p className="card empty-state">{isFiltered ? t('list.empty') : t('list.none')}</p>
      ) : (
        <IncidentList rows={rows} />
      )}
    </>
  );
}
