import { useTranslation } from 'react-i18next';
import type { ReportClock } from '../../../../shared/incidents/reporting';
import { formatDate } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';

/** A reporting clock in words, coloured by urgency (colour is never the only signal). */
export function ClockBadge({ clock }: { clock: ReportClock }) {
  const { t } = useTranslation('incidents');
  const language = useLanguage();
  const kind = t(`reporting.${clock.kind}`);
  let text: string;
  if (clock.urgency === 'done') text = t('reporting.sentOn', { date: formatDate(clock.sentAt, language) });
  else if (clock.urgency === 'overdue') text = t('reporting.overdue', { count: -(clock.daysLeft ?? 0) });
  else if (clock.urgency === 'today') text = t('reporting.today');
  else text = t('reporting.daysLeft', { count: clock.daysLeft ?? 0 });
  return (
    <span className={`clock clock-${clock.urgency}`} data-testid={`clock-${clock.kind}`}>
      <strong>{kind}</strong> {text}
      {clock.urgency !== 'done' && ' '}
      {clock.urgency !== 'done' && <span className="clock-due">{t('reporting.due', { date: formatDate(clock.due, language) })}</span>}
    </span>
  );
}
