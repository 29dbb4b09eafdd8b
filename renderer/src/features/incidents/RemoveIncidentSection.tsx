import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { Incident } from '../../../../shared/incidents/schema';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useRemoveIncident } from './use-incidents';

/**
 * Deleting a record takes two clicks: the first only asks, saying what goes with it (its "proven
 * weak" marks) and what stays (actions made from it), like deleting a company. Then the list.
 */
export function RemoveIncidentSection({ incident }: { incident: Incident }) {
  const { t } = useTranslation('incidents');
  const [asking, setAsking] = useState(false);
  const [, navigate] = useLocation();
  const remove = useRemoveIncident(incident.id);
  const titleId = `remove-incident-${incident.id}`;
  if (!asking) {
    return (
      <p className="incident-remove">
        <button type="button" className="button button-secondary" onClick={() => setAsking(true)}>
          {t('removeRecord.button')}
        </button>
      </p>
    );
  }
  return (
    <div className="alert alert-warning incident-remove" role="group" aria-labelledby={titleId} data-testid="remove-incident">
      <h2 id={titleId}>{t('removeRecord.title', { title: incident.title })}</h2>
      <p>{t('removeRecord.lead')}</p>
      <div className="incident-remove-buttons">
        <button
          type="button"
          className="button button-danger"
          disabled={remove.isPending}
          onClick={() => remove.mutate(undefined, { onSuccess: () => navigate('/') })}
        >
          {t('removeRecord.confirm')}
        </button>
        <button type="button" className="button button-secondary" onClick={() => setAsking(false)} autoFocus>
          {t('removeRecord.cancel')}
        </button>
      </div>
      <ErrorMessage error={remove.error} />
    </div>
  );
}
