import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { emptyIncident } from '../../../../shared/incidents/schema';
import type { FirstStepTick } from '../../../../shared/incidents/first-steps';
import { PageHeader } from '../../components/PageHeader';
import { draftKey, useDraftValue } from '../../components/form-draft/draft-storage';
import { useWindowWorkspaceId } from '../../api/use-app-queries';
import { FirstSteps } from './FirstSteps';
import { IncidentForm } from './IncidentForm';
import { useCreateIncident } from './use-incidents';
import { localDay } from '../../../../shared/dates/local-day';

const draftName = 'incident-new';

export function NewIncidentPage() {
  const { t } = useTranslation('incidents');
  const create = useCreateIncident();
  const [, navigate] = useLocation();
  // Ticks made before the record exists are kept like the form's draft and saved with it.
  const [ticks, setTicks, clearTicks] = useDraftValue<FirstStepTick[]>(draftKey(useWindowWorkspaceId() ?? 'none', `${draftName}.firstSteps`), []);
  return (
    <>
      <PageHeader title={t('newTitle')} lead={t('newLead')} actions={<Link href="/" className="button button-secondary">{t('actions.back')}</Link>} />
      <FirstSteps
        ticks={ticks}
        hint={t('firstSteps.newHint')}
        onToggle={(item, done) =>
          setTicks(done ? [...ticks.filter((x) => x.item !== item), { item, doneAt: new Date().toISOString(), timelineEntryId: null }] : ticks.filter((x) => x.item !== item))
        }
      />
      <IncidentForm
        initial={emptyIncident(localDay())}
        submitLabel={t('actions.create')}
        draftName={draftName}
        extraDirty={ticks.length > 0}
        onDiscarded={() => {
          setTicks([]);
          clearTicks();
        }}
        onSave={async (values) => {
          const saved = await create.mutateAsync({ ...values, firstSteps: ticks });
          clearTicks();
          navigate(`/${saved.id}`);
        }}
      />
    </>
  );
}
