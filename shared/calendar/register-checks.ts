import type { AdminAccount, Device } from '../registers/schema';
import { recentCheckDays } from '../registers/facts';
import { addDays, addMonths } from './days';
import { groupedCheck, type GroupedCheck } from './grouped-check';
import { cadenceMonths } from './rules';

/** What the registers add to the calendar: the devices' update checks and the admin-account review. */
export interface RegisterCheckSources {
  devices?: readonly Pick<Device, 'updateCheckedOn' | 'support'>[];
  admins?: readonly Pick<AdminAccount, 'reviewedOn'>[];
}

/**
 * Devices: an update check counts as recent for `recentCheckDays` (the register's own rule, so
 * the calendar and the register's flags agree). A device past its support gets no updates to
 * check; replacing it is an action, not a routine.
 */
export function deviceUpdateCheck(s: RegisterCheckSources, today: string): GroupedCheck | null {
  const devices = (s.devices ?? []).filter((d) => d.support !== 'endOfLife');
  // A row never checked is due today, in both registers.
  return groupedCheck(devices.map((d) => (d.updateCheckedOn ? addDays(d.updateCheckedOn, recentCheckDays) : today)), today);
}

/** Admin accounts: who holds them is looked at again a year after the last look. */
export function adminAccountReview(s: RegisterCheckSources, today: string): GroupedCheck | null {
  return groupedCheck((s.admins ?? []).map((a) => (a.reviewedOn ? addMonths(a.reviewedOn, cadenceMonths.adminReview) : today)), today);
}
