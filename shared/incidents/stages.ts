import type { IncidentFields } from './schema';

/**
 * Reaching a status records its date: when the status moves on and that stage (and any it
 * skipped) has no date yet, today is filled in. Dates the user typed are kept.
 */
export function fillStageDates(fields: IncidentFields, today: string): IncidentFields {
  const order = ['contained', 'recovered', 'closed'] as const;
  const keys = { contained: 'containedAt', recovered: 'recoveredAt', closed: 'closedAt' } as const;
  const reached = fields.status === 'open' ? -1 : order.indexOf(fields.status);
  const next = { ...fields };
  order.forEach((stage, i) => {
    if (i <= reached && !next[keys[stage]]) next[keys[stage]] = today;
  });
  return next;
}
