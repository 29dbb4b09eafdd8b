import { useTranslation } from 'react-i18next';
import type { ReportClock } from '../../../../shared/incidents/reporting';
import { formatDate } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';

/** A reporting clock in words, coloured by urgency (colour is never the only signal). */
export function ClockBadge({ clock }: { clock: ReportClock }) {
  const { t } = useTranslation('incidents');
  const language = useLanguage();
  const kind = t(`reporting.${clock.kind}`);
  // The 速報 aims at day 3 and must be in by day 5: until day 5 the words count to the aim.
  const hasTarget = clock.target !== clock.due;
  const toTarget = clock.targetDaysLeft ?? 0;
  let text: string;
  if (clock.urgency === 'done') text = t('reporting.sentOn', { date: formatDate(clock.sentAt, language) });
  else if (clock.urgency === 'overdue') text = t('reporting.overdue', { count: -(clock.daysLeft ?? 0) });
  else if (clock.urgency === 'today') text = t('reporting.today');
  else if (hasTarget && toTarget > 0) text = t('reporting.targetDaysLeft', { count: toTarget });
  else if (hasTarget && toTarget === 0) text = t('reporting.targetToday');
  else if (hasTarget) text = t('reporting.targetPassed', { count: clock.daysLeft ?? 0 });
  else text = t('reporting.daysLeft', { count: clock.daysLeft ?? 0 });
  const dueText = hasTarget
    ? t('reporting.targetDue', { target: formatDate(clock.target, language), date: formatDate(clock.due, language) })
    : t('reporting.due', { date: formatDate(clock.due, language) });
  return (
    <span className={`clock clock-${clock.urgency}`} data-testid={`clock-${clock.kind}`}>
      <strong>{kind}</strong> {text}
      {clock.urgency !== 'done' && ' '}
      {clock.urgency !== 'done' && <span className="clock-due">{dueText}</span>}
    </span>
  );
}
