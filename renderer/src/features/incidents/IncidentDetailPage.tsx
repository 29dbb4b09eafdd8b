import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { editableFields, recordOf } from '../../../../shared/incidents/schema';
import { ApiCallError } from '../../api/api-error';
import { ErrorMessage } from '../../components/ErrorMessage';
import { InPageNav } from '../../components/InPageNav';
import { PageHeader } from '../../components/PageHeader';
import { IncidentFirstSteps } from './FirstSteps';
import { IncidentForm } from './IncidentForm';
import { IncidentLogs } from './IncidentLogs';
import { LoopSection } from './LoopSection';
import { RemoveIncidentSection } from './RemoveIncidentSection';
import { ReportingPanel } from './ReportingPanel';
import { useIncident, useUpdateIncident } from './use-incidents';

/** One incident: reporting clocks first (they are what can go wrong), then logs and the record. */
export function IncidentDetailPage({ id }: { id: string }) {
  const { t } = useTranslation('incidents');
  const query = useIncident(id);
  const update = useUpdateIncident(id);
  const incident = query.data;
  // The form starts afresh after this window's own save; after a conflict it keeps what was typed.
  const [formKey, setFormKey] = useState<string | null>(null);
  const conflict = update.error instanceof ApiCallError && update.error.code === 'conflict';
  // Open at the top, with the reporting clocks in view (not wherever the last page was scrolled to).
  const loaded = !!incident;
  useEffect(() => {
    if (loaded) window.scrollTo(0, 0);
  }, [loaded, id]);
  if (query.error) return <ErrorMessage error={query.error} />;
  if (!incident) return null;
  return (
    <>
      <PageHeader
        title={incident.title}
        lead={`${t(`category.${incident.category}`)} ・ ${t('list.severityValue', { value: t(`severity.${incident.severity}`) })}`}
        actions={
          <>
            <span className={`badge badge-large status-${incident.status}`} data-testid="incident-status">{t(`status.${incident.status}`)}</span>
            <Link href="/" className="button button-secondary">{t('actions.back')}</Link>
          </>
        }
      />
      <InPageNav />
      <ReportingPanel incident={incident} />
      {incident.status === 'open' && <IncidentFirstSteps incident={incident} />}
      <IncidentLogs incident={incident} />
      {conflict && (
        <p className="alert alert-warning" role="alert" data-testid="incident-conflict">
          {t('conflict')}
        </p>
      )}
      <IncidentForm
        key={formKey ?? incident.id}
        initial={editableFields(incident)}
        submitLabel={t('actions.save')}
        draftName={`incident-${incident.id}`}
        onSave={async (values) => {
          // Only the record itself: logs are saved by their own sections, reporting by its panel.
          const saved = await update.mutateAsync({ revision: incident.revision, record: { ...recordOf(values), reporting: incident.reporting } });
          setFormKey(saved.updatedAt);
          return saved;
        }}
      />
      <LoopSection incident={incident} />
      <RemoveIncidentSection incident={incident} />
    </>
  );
}
