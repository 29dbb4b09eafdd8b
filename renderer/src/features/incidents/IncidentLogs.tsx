import { useTranslation } from 'react-i18next';
import { totalCost } from '../../../../shared/incidents/list';
import {
  costEntrySchema,
  evidenceEntrySchema,
  notificationEntrySchema,
  notificationMethods,
  timelineEntrySchema,
  timelineKinds,
  type Incident,
} from '../../../../shared/incidents/schema';
import { formatDate, formatNumber } from '../../i18n/format';
import { EntrySection } from './EntrySection';
import { useContactChoices, useIncidentLog } from './use-incidents';
import { localDay } from '../../../../shared/dates/local-day';
import { useLanguage } from '../../i18n/use-language';

/** Timeline, notifications, costs and evidence of one incident. */
export function IncidentLogs({ incident }: { incident: Incident }) {
  const { t } = useTranslation('incidents');
  const language = useLanguage();
  const timeline = useIncidentLog(incident.id, 'timeline');
  const notifications = useIncidentLog(incident.id, 'notifications');
  const costs = useIncidentLog(incident.id, 'costs');
  const evidence = useIncidentLog(incident.id, 'evidence');
  const contacts = useContactChoices().data ?? [];
  const today = () => localDay();
  const date = (d: string) => formatDate(d, language);
  const contactName = (id: string) => {
    const c = contacts.find((x) => x.id === id);
    return c ? [c.organisation, c.person].filter(Boolean).join(' ') : '';
  };

  return (
    <>
      <EntrySection
        id="timeline"
        draftName={`incident-${incident.id}-timeline`}
        title={t('sections.timeline')}
        empty={t('timeline.empty')}
        entries={incident.timeline}
        schema={timelineEntrySchema}
        blank={() => ({ date: today(), kind: 'seen', text: '', by: '' })}
        fields={[
          { name: 'date', label: t('timeline.date'), kind: 'date' },
          { name: 'kind', label: t('timeline.kind'), kind: 'select', options: timelineKinds.map((k) => ({ value: k, label: t(`timeline.kinds.${k}`) })) },
          { name: 'text', label: t('timeline.text'), kind: 'text' },
          { name: 'by', label: t('timeline.by'), kind: 'text' },
        ]}
        render={(e) => (
          <>
            <span className="entry-date">{date(e.date)}</span> <span className="badge">{t(`timeline.kinds.${e.kind}`)}</span> {e.text}
            {e.by && <span className="muted">{t('timeline.byValue', { name: e.by })}</span>}
          </>
        )}
        onAdd={timeline.add}
        onRemove={timeline.remove}
      />
      <EntrySection
        id="notifications"
        draftName={`incident-${incident.id}-notifications`}
        title={t('sections.notifications')}
        empty={t('notifications.empty')}
        entries={incident.notifications}
        schema={notificationEntrySchema}
        blank={() => ({ date: today(), contactId: null, to: '', method: 'phone', note: '' })}
        fields={[
          { name: 'date', label: t('notifications.date'), kind: 'date' },
          {
            name: 'contactId',
            label: t('notifications.contact'),
            kind: 'select',
            options: [{ value: '', label: t('notifications.noContact') }, ...contacts.map((c) => ({ value: c.id, label: contactName(c.id) }))],
            onPick: (id) => ({ contactId: id || null, ...(id ? { to: contactName(id) } : {}) }),
          },
          { name: 'to', label: t('notifications.to'), kind: 'text' },
          { name: 'method', label: t('notifications.method'), kind: 'select', options: notificationMethods.map((m) => ({ value: m, label: t(`notifications.methods.${m}`) })) },
          { name: 'note', label: t('notifications.note'), kind: 'text' },
        ]}
        render={(e) => (
          <>
            <span className="entry-date">{date(e.date)}</span> <strong>{e.to}</strong> <span className="badge">{t(`notifications.methods.${e.method}`)}</span>
            {e.note && <span className="muted"> {e.note}</span>}
          </>
        )}
        onAdd={notifications.add}
        onRemove={notifications.remove}
      />
      <EntrySection
        id="costs"
        draftName={`incident-${incident.id}-costs`}
        title={t('sections.costs')}
        help={t('costs.help')}
        empty={t('costs.empty')}
        entries={incident.costs}
        schema={costEntrySchema}
        blank={() => ({ item: '', amountYen: Number.NaN, date: today(), receiptKept: false })}
        fields={[
          { name: 'item', label: t('costs.item'), kind: 'text' },
          { name: 'amountYen', label: `${t('costs.amount')}（${t('costs.yen')}）`, kind: 'yen' },
          { name: 'date', label: t('costs.date'), kind: 'date' },
          { name: 'receiptKept', label: t('costs.receipt'), kind: 'checkbox' },
        ]}
        render={(e) => (
          <>
            <span className="entry-date">{date(e.date)}</span> {e.item}{' '}
            <strong className="yen">{t('costs.yenValue', { amount: formatNumber(e.amountYen, language) })}</strong>
            {e.receiptKept && <span className="badge">{t('costs.receipt')}</span>}
          </>
        )}
        footer={
          incident.costs.length > 0 && (
            <p className="cost-total" data-testid="cost-total">
              <strong>{t('costs.totalValue', { amount: formatNumber(totalCost(incident), language) })}</strong>
            </p>
          )
        }
        onAdd={costs.add}
        onRemove={costs.remove}
      />
      <EntrySection
        id="evidence"
        draftName={`incident-${incident.id}-evidence`}
        title={t('sections.evidence')}
        empty={t('evidence.empty')}
        entries={incident.evidence}
        schema={evidenceEntrySchema}
        blank={() => ({ what: '', where: '', by: '', date: today() })}
        fields={[
          { name: 'what', label: t('evidence.what'), kind: 'text' },
          { name: 'where', label: t('evidence.where'), kind: 'text' },
          { name: 'by', label: t('evidence.by'), kind: 'text' },
          { name: 'date', label: t('evidence.date'), kind: 'date' },
        ]}
        render={(e) => (
          <>
            <span className="entry-date">{date(e.date)}</span> {e.what}
            {e.where && <span className="muted"> — {e.where}</span>}
            {e.by && <span className="muted">{t('timeline.byValue', { name: e.by })}</span>}
          </>
        )}
        onAdd={evidence.add}
        onRemove={evidence.remove}
      />
    </>
  );
}
