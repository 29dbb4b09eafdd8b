import { demoCloudLinks, demoRegisters } from '../../../shared/registers/demo';
import type { Workspace } from '../../services/workspaces';
import { putEntries } from './repository';

/** Seeds the demo company's registers through the same checks as the form, networks and cloud first (others refer to them). */
export function seedRegisters(ws: Workspace, today: Date): void {
  const demo = demoRegisters(today);
  const [network] = putEntries(ws, 'networks', demo.networks, today);
  const cloud = putEntries(ws, 'cloud', demo.cloud, today);
  const cloudId = (index: number | null) => (index === null ? null : cloud[index]!.id);
  putEntries(ws, 'devices', demo.devices.map((d) => ({ ...d, networkId: d.deviceType === 'phone' ? null : network!.id })), today);
  putEntries(ws, 'information', demo.information.map((row, i) => ({ ...row, cloudId: cloudId(demoCloudLinks.information[i] ?? null) })), today);
  putEntries(ws, 'partners', demo.partners, today);
  putEntries(ws, 'admins', demo.admins.map((row, i) => ({ ...row, cloudId: cloudId(demoCloudLinks.admins[i] ?? null) })), today);
}
