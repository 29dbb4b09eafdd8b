import type { CloudService, Device, InformationAsset } from './schema';

/** How long an update check counts as recent: about one monthly patch cycle plus slack. */
export const recentCheckDays = 45;

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Whether an update check on `checkedOn` still counts as recent on `today`. */
export function checkedRecently(checkedOn: string | null, today: string): boolean {
  return checkedOn !== null && daysBetween(checkedOn, today) <= recentCheckDays;
}

export interface DeviceUpdateFacts {
  total: number;
  /** Devices nobody has checked for updates within `recentCheckDays` (or ever). */
  notRecentlyChecked: string[];
  /** Devices whose maker no longer ships updates. */
  endOfLife: string[];
  /** Devices set to update by nobody (no automatic updates, no manual routine). */
  noUpdates: string[];
}

/** What the device register says about the self-check question on updates (q01). */
export function deviceUpdateFacts(devices: Device[], today: string): DeviceUpdateFacts {
  return {
    total: devices.length,
    notRecentlyChecked: devices.filter((d) => !checkedRecently(d.updateCheckedOn, today)).map((d) => d.name),
    endOfLife: devices.filter((d) => d.support === 'endOfLife').map((d) => d.name),
    noUpdates: devices.filter((d) => d.updates === 'none').map((d) => d.name),
  };
}

export interface CloudMfaFacts {
  total: number;
  /** Services where two-step sign-in is off. */
  mfaOff: string[];
  /** Services where nobody knows yet. */
  mfaUnknown: string[];
}

/** What the cloud register says about the question on passwords and two-step sign-in (q03). */
export function cloudMfaFacts(services: CloudService[]): CloudMfaFacts {
  return {
    total: services.length,
    mfaOff: services.filter((s) => s.mfa === 'no').map((s) => s.name),
    mfaUnknown: services.filter((s) => s.mfa === 'unknown').map((s) => s.name),
  };
}

/**
 * Roughly how many people's personal data the company holds, from the important-information
 * register: the sum over rows marked as personal data. The incident helper proposes it as the
 * number of people affected; `unknownRows` says how many such rows gave no number.
 */
export function personalDataPeople(information: InformationAsset[]): { people: number; rows: number; unknownRows: number } {
  const personal = information.filter((i) => i.personalData);
  return {
    people: personal.reduce((sum, i) => sum + (i.people ?? 0), 0),
    rows: personal.length,
    unknownRows: personal.filter((i) => i.people === null).length,
  };
}
