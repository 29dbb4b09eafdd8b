import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { editableFields } from '../../../../shared/schemas/incident';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PageHeader } from '../../components/PageHeader';
import { FirstSteps } from './FirstSteps';
import { IncidentForm } from './IncidentForm';
import { IncidentLogs } from './IncidentLogs';
import { LoopSection } from './LoopSection';
import { ReportingPanel } from './ReportingPanel';
import { useIncident, useUpdateIncident } from './use-incidents';

/** One incident: reporting clocks first (they are what can go wrong), then logs and the record. */
export function DetailPage({ id }: { id: string }) {
  const { t } = useTranslation('incidents');
  const query = useIncident(id);
  const update = useUpdateIncident(id);
  const incident = query.data;
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
      <ReportingPanel incident={incident} />
      {incident.status === 'open' && <FirstSteps />}
      <IncidentLogs incident={incident} />
      <IncidentForm
        key={incident.updatedAt}
        initial={editableFields(incident)}
        submitLabel={t('actions.save')}
        onSave={(values) =>
          // Logs are saved by their own sections; keep the latest of them.
          update.mutateAsync({
            ...values,
            timeline: incident.timeline,
            notifications: incident.notifications,
            costs: incident.costs,
            evidence: incident.evidence,
            reporting: incident.reporting,
            provenWeak: incident.provenWeak,
          })
        }
      />
      <LoopSection incident={incident} />
    </>
  );
}
