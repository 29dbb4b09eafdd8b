import { addMonths, endOfMonth, monthOf } from './days';
import type { Obligation } from './obligations';
import { horizonMonths } from './rules';

export type ObligationStatus = 'overdue' | 'thisMonth' | 'later';

/** Late once its day has passed; "this month" up to the last day of today's month. */
export function obligationStatus(o: Pick<Obligation, 'due'>, today: string): ObligationStatus {
  if (o.due < today) return 'overdue';
  return o.due <= endOfMonth(today) ? 'thisMonth' : 'later';
}

/** Home's "this month": what is late and what falls due before the month ends. */
export function dueThisMonth(all: readonly Obligation[], today: string): { overdue: Obligation[]; thisMonth: Obligation[] } {
  return {
    overdue: all.filter((o) => obligationStatus(o, today) === 'overdue'),
    thisMonth: all.filter((o) => obligationStatus(o, today) === 'thisMonth'),
  };
}

/** Late ones, then what falls due in the next 12 months: what the calendar page and the .ics hold. */
export function withinHorizon(all: readonly Obligation[], today: string): Obligation[] {
  const last = addMonths(today, horizonMonths);
  return all.filter((o) => o.due <= last);
}

/** The calendar page's months: late ones first (month ''), then each month that has something. */
export function byMonth(all: readonly Obligation[], today: string): { month: string; items: Obligation[] }[] {
  const groups = new Map<string, Obligation[]>();
  for (const o of withinHorizon(all, today)) {
    const key = o.due < today ? '' : monthOf(o.due);
    groups.set(key, [...(groups.get(key) ?? []), o]);
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([month, items]) => ({ month, items }));
}

/** A routine comes round after it was last done (so "last done" or "never" means something). */
export function isRoutine(o: Pick<Obligation, 'kind'>): boolean {
  return o.kind === 'selfCheck' || o.kind === 'training' || o.kind === 'restoreTest' || o.kind === 'drill' || o.kind === 'review';
}

/** Where the owner acts on it: the page that does or records the thing (the app routes by path). */
export function obligationHref(o: Obligation): string {
  switch (o.kind) {
    case 'selfCheck':
      return '/self-check';
    case 'training':
    case 'restoreTest':
    case 'drill':
    case 'review':
      return `/records/${o.kind}`;
    case 'insuranceRenewal':
      return '/settings';
    case 'contactsCheck':
      return '/contacts';
    case 'deviceUpdates':
      return '/registers/devices';
    case 'adminReview':
      return '/registers/admins';
    case 'action':
      return '/self-check/actions';
    case 'report':
      return `/incidents/${o.refId ?? ''}`;
    case 'evidenceReview':
      return '/evidence';
    case 'scsRenewal':
      return '/scs';
  }
}
