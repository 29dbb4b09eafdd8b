import type { ObligationSources } from '../../../shared/calendar/obligations';
import type { Workspace } from '../../services/workspaces';
import { actionsSpec } from '../actions';
import { readContacts } from '../contacts';
import { readEvidence } from '../evidence';
import { incidentsOf } from '../incidents';
import { profileSpec } from '../profile';
import { readRegisters } from '../registers';
import { assessmentsSpec, securityPolicySpec } from '../self-check';
import { readRecords } from './repository';
import { latestPledge } from '../scs';

/**
 * What the calendar is worked out from, read through each feature's public module. Incidents
 * without personal data involved have no reporting clock, so only the others are passed on.
 */
export function calendarSources(ws: Workspace): ObligationSources {
  const profile = ws.document(profileSpec).get();
  const registers = readRegisters(ws);
  return {
    assessments: ws.document(assessmentsSpec).get(),
    policy: ws.document(securityPolicySpec).get(),
    insurance: profile?.insurance ?? null,
    contacts: readContacts(ws),
    devices: registers.devices,
    admins: registers.admins,
    actions: ws.document(actionsSpec).get(),
    incidents: incidentsOf(ws).all().filter((i) => i.personalData.involved),
    evidence: readEvidence(ws),
    records: readRecords(ws),
    scsPledgedOn: latestPledge(ws),
  };
}
