import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { emptyIncident } from '../../../../shared/incidents/schema';
import { PageHeader } from '../../components/PageHeader';
import { FirstSteps } from './FirstSteps';
import { IncidentForm } from './IncidentForm';
import { useCreateIncident } from './use-incidents';
import { localDay } from '../../../../shared/dates/local-day';

export function NewIncidentPage() {
  const { t } = useTranslation('incidents');
  const create = useCreateIncident();
  const [, navigate] = useLocation();
  return (
    <>
      <PageHeader title={t('newTitle')} lead={t('newLead')} actions={<Link href="/" className="button button-secondary">{t('actions.back')}</Link>} />
      <FirstSteps />
      <IncidentForm
        initial={emptyIncident(localDay())}
        submitLabel={t('actions.create')}
        onSave={async (values) => {
          const saved = await create.mutateAsync(values);
          navigate(`/${saved.id}`);
        }}
      />
    </>
  );
}
