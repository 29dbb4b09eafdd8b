import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { incidentReporting, reportItems } from '../../../../shared/incidents/reporting';
import { editableFields, recordOf, type Incident } from '../../../../shared/incidents/schema';
import { ErrorMessage } from '../../components/ErrorMessage';
import { formatDate } from '../../i18n/format';
import { ClockBadge } from './ClockBadge';
import { useUpdateIncident } from './use-incidents';
import { localDay } from '../../../../shared/dates/local-day';
import { useLanguage } from '../../i18n/use-language';
import { DateField } from '../../components/date-field/DateField';

type SentKey = 'preliminarySentAt' | 'finalSentAt' | 'peopleNotifiedAt';

/** The PPC helper: must this be reported, by when, with what, and must people be told. */
export function ReportingPanel({ incident }: { incident: Incident }) {
  const { t } = useTranslation('incidents');
  const language = useLanguage();
  const today = localDay();
  const reporting = incidentReporting(incident, today);
  const update = useUpdateIncident(incident.id);
  const [dates, setDates] = useState<Record<SentKey, string>>({ preliminarySentAt: today, finalSentAt: today, peopleNotifiedAt: today });
  const { decision } = reporting;
  const malicious = decision.triggers.includes('malicious');
  // The owner's reason for unticking an attack is shown where the triggers are, so nobody wonders why.
  const notMalicious = incident.personalData.involved && !malicious && incident.personalData.notMaliciousReason.trim();
  const notMaliciousLine = notMalicious ? <p className="muted" data-testid="reporting-not-malicious">{t('reporting.notMaliciousLine', { reason: notMalicious })}</p> : null;

  const markSent = (key: SentKey, value: string) =>
    update.mutate({ revision: incident.revision, record: { ...recordOf(editableFields(incident)), reporting: { ...incident.reporting, [key]: value } } });

  const sentControl = (key: SentKey, label: string, action = t('actions.markSent')) =>
    incident.reporting[key] ? (
      <button type="button" className="button button-link" onClick={() => markSent(key, '')}>
        {t('actions.undo')}
      </button>
    ) : (
      <span className="sent-control">
        <label className="visually-hidden" htmlFor={`sent-${key}`}>{`${label} ${t('reporting.sentDate')}`}</label>
        <DateField id={`sent-${key}`} className="input-date" max={today} value={dates[key]} onChange={(value) => setDates((d) => ({ ...d, [key]: value }))} />
        <button type="button" className="button button-secondary" onClick={() => markSent(key, dates[key])}>
          {action}
          {action === t('actions.markSent') && <span className="visually-hidden">{`: ${label}`}</span>}
        </button>
      </span>
    );

  return (
    <section className={`card reporting reporting-${reporting.status}`} aria-labelledby="reporting-title" data-testid="reporting-panel">
      <h2 id="reporting-title">{t('sections.reporting')}</h2>
      {decision.verdict === 'notRequired' && <p>{decision.exemptByEncryption ? t('reporting.encrypted') : t('reporting.notRequired')}</p>}
      {decision.verdict === 'undecided' && <p className="alert alert-warning">{t('reporting.undecided')}</p>}
      {decision.verdict !== 'required' && notMaliciousLine}
      {decision.verdict === 'required' && (
        <>
          <p className="reporting-required"><strong>{t('reporting.required')}</strong></p>
          <p className="muted" data-testid="reporting-triggers">
            {t('reporting.triggersLine', { list: decision.triggers.map((tr) => t(`reporting.triggers.${tr}`)).join(t('reporting.listSeparator')) })}
          </p>
          {notMaliciousLine}
          <ul className="clock-list">
            {reporting.clocks.map((clock) => {
              const key: SentKey = clock.kind === 'preliminary' ? 'preliminarySentAt' : 'finalSentAt';
              const help = clock.kind === 'preliminary' ? t('reporting.preliminaryHelp') : malicious ? t('reporting.finalHelp60') : t('reporting.finalHelp30');
              return (
                <li key={clock.kind} className="clock-item">
                  <span className="clock-text">
                    <ClockBadge clock={clock} />
                    <span className="muted">{help}</span>
                  </span>
                  {sentControl(key, t(`reporting.${clock.kind}`))}
                </li>
              );
            })}
            <li className="clock-item">
              <span className="clock-text">
                {incident.reporting.peopleNotifiedAt ? (
                  <span className="clock clock-done">{t('reporting.peopleNotifiedOn', { date: formatDate(incident.reporting.peopleNotifiedAt, language) })}</span>
                ) : (
                  <span className="clock clock-soon"><strong>{t('reporting.notifyPeople')}</strong></span>
                )}
              </span>
              {sentControl('peopleNotifiedAt', t('reporting.notifyPeople'), t('reporting.markPeopleNotified'))}
            </li>
          </ul>
          <details className="report-items">
            <summary>{t('reporting.itemsTitle')}</summary>
            <ol>
              {reportItems.map((item) => <li key={item}>{t(`reporting.items.${item}`)}</li>)}
            </ol>
            <p className="muted">{t('reporting.howTo')}</p>
          </details>
        </>
      )}
      <ErrorMessage error={update.error} />
    </section>
  );
}
