import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { localDay } from '../../../../shared/dates/local-day';
import { shortFingerprint } from '../../../../shared/fingerprint/short-form';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PageHeader } from '../../components/PageHeader';
import { CriteriaList } from './CriteriaList';
import { NextSteps } from './NextSteps';
import { PackageButtons } from './PackageButtons';
import { ProgressPanel } from './ProgressPanel';
import { RenewalPanel } from './RenewalPanel';
import { OfficialPanel } from './OfficialPanel';
import { ScopeForm } from './ScopeForm';
import { useStartWorkbook, useWorkbook } from './use-scs';
import { workbookModel } from './workbook-model';

/** The ★3 workbook: scope, progress by category, what blocks ★3, what next, and every criterion. */
export function WorkbookPage() {
  const { t } = useTranslation('scs');
  const today = localDay();
  const view = useWorkbook(today);
  const start = useStartWorkbook();
  if (view.isPending) return null;
  if (!view.data) {
    const year = Number(today.slice(0, 4));
    return (
      <div className="page scs-page">
        <PageHeader title={t('title')} lead={t('lead')} />
        <p>{t('empty')}</p>
        <p><Link href="/triage">{t('triage.link')}</Link></p>
        <ErrorMessage error={view.error ?? start.error} />
        <button type="button" className="button button-primary" onClick={() => start.mutate(year)} disabled={start.isPending}>
          {t('start', { year })}
        </button>
      </div>
    );
  }
  const data = view.data;
  const model = workbookModel(data);
  return (
    <div className="page scs-page">
      <PageHeader title={`${t('title')} — ${t('yearTitle', { year: data.workbook.year })}`} lead={t('lead')} />
      <p className="scs-meta">
        {t('version', { version: data.workbook.frameworkVersion })} · {t('fingerprint', { fingerprint: shortFingerprint(data.fingerprint) })}
      </p>
      <p><Link href="/triage">{t('triage.link')}</Link></p>
      <PackageButtons />
      <ScopeForm workbook={data.workbook} />
      <NextSteps view={data} model={model} />
      <ProgressPanel model={model} />
      <CriteriaList view={data} model={model} />
      <RenewalPanel view={data} today={today} />
      <OfficialPanel view={data} />
    </div>
  );
}
