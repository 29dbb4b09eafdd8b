import type { AdminAccount, Device } from '../registers/schema';
import { recentCheckDays } from '../registers/facts';
import { addDays, addMonths, endOfMonth } from './days';
import { cadenceMonths } from './rules';

/** What the registers add to the calendar: the devices' update checks and the admin-account review. */
export interface RegisterCheckSources {
  devices?: readonly Pick<Device, 'updateCheckedOn' | 'support'>[];
  admins?: readonly Pick<AdminAccount, 'reviewedOn'>[];
}

interface GroupedCheck {
  due: string;
  count: number;
}

/**
 * One calendar entry for many rows checked on their own days (like the contacts' yearly check):
 * due when the first row's time runs out, counting the rows due by the end of that month (or of
 * this month, when the first is already late). A row never checked is due today.
 */
function grouped(dues: string[], today: string): GroupedCheck | null {
  if (dues.length === 0) return null;
  const due = dues.reduce((a, b) => (a < b ? a : b));
  const monthEnd = endOfMonth(due < today ? today : due);
  return { due, count: dues.filter((d) => d <= monthEnd).length };
}

/**
 * Devices: an update check counts as recent for `recentCheckDays` (the register's own rule, so
 * the calendar and the register's flags agree). A device past its support gets no updates to
 * check; replacing it is an action, not a routine.
 */
export function deviceUpdateCheck(s: RegisterCheckSources, today: string): GroupedCheck | null {
  const devices = (s.devices ?? []).filter((d) => d.support !== 'endOfLife');
  return grouped(devices.map((d) => (d.updateCheckedOn ? addDays(d.updateCheckedOn, recentCheckDays) : today)), today);
}

/** Admin accounts: who holds them is looked at again a year after the last look. */
export function adminAccountReview(s: RegisterCheckSources, today: string): GroupedCheck | null {
  return grouped((s.admins ?? []).map((a) => (a.reviewedOn ? addMonths(a.reviewedOn, cadenceMonths.adminReview) : today)), today);
}
