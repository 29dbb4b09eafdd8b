import { AppError } from '../../../shared/api/result';
import type { InsurerPackDigest, SummaryInput } from '../../../shared/summary/input';
import { toSummaryIncidents } from '../../../shared/incidents/summary-part';
import { currentCatalog } from '../../../shared/self-check/catalog';
import { toSummarySelfCheck } from '../../../shared/self-check/summary-part';
import type { CompanyProfile } from '../../../shared/profile/schema';
import type { Incident } from '../../../shared/incidents/schema';
import { actionsSpec } from '../actions';
import { readContacts } from '../contacts';
import { profileSpec } from '../profile';
import { assessmentsSpec, weaknessesSpec } from '../self-check';
import { incidentsOf } from '../incidents';
import { readEvidence } from '../evidence';
import { readRecords } from '../records';
import { readRegisters } from '../registers';
import type { Registers } from '../../../shared/registers/schema';
import { toControlFacts } from '../../../shared/summary/insurer/control-facts';
import type { Evidence } from '../../../shared/evidence/schema';
import type { RecordEntry } from '../../../shared/records/schema';
import { toSummaryEvidenceRecords } from '../../../shared/records/summary-part';
import type { Workspace } from '../../services/workspaces';
import type { Language } from '../../../shared/settings/schema';
import { localDay } from '../../../shared/dates/local-day';
import { lastInsurerPack } from './insurer-packs';

/** The stored documents a summary is made from, as they are (plain data, no mapping yet). */
export interface SummarySources {
  profile: CompanyProfile;
  assessments: Parameters<typeof toSummarySelfCheck>[0];
  weaknesses: Parameters<typeof toSummarySelfCheck>[2];
  actions: SummaryInput['actions'];
  incidents: Incident[];
  contacts: SummaryInput['contacts'];
  lastInsurerPack: InsurerPackDigest | null;
  evidence: Evidence[];
  records: RecordEntry[];
  registers: Registers;
}

/** Reads one workspace's documents for its summary: cheap (the store holds them in memory). */
export function collectSummarySources(workspace: Workspace): SummarySources {
  const profile = workspace.document(profileSpec).get();
  if (!profile) throw new AppError('no_workspace', 'the workspace has no company profile yet');
  return {
    profile,
    assessments: workspace.document(assessmentsSpec).get(),
    weaknesses: workspace.document(weaknessesSpec).get(),
    actions: workspace.document(actionsSpec).get(),
    incidents: incidentsOf(workspace).all(),
    // The contacts feature's read (the public desks are seeded by commands, never here).
    contacts: readContacts(workspace),
    lastInsurerPack: lastInsurerPack(workspace),
    evidence: readEvidence(workspace),
    records: readRecords(workspace),
    registers: readRegisters(workspace),
  };
}

/**
 * The summary's input from those documents: pure, so the summary worker can run it (mapping
 * 10,000 incidents takes a few hundred ms). `language` and `today` are for parts whose mapping
 * translates labels or computes clocks (self-check, incidents).
 */
export function summaryInputFrom(sources: SummarySources, language: Language, today: Date): SummaryInput {
  return {
    profile: sources.profile,
    selfCheck: toSummarySelfCheck(sources.assessments, currentCatalog(), sources.weaknesses, language),
    actions: sources.actions,
    // Reporting clocks count calendar days where the app runs.
    incidents: toSummaryIncidents(sources.incidents, localDay(today), language),
    contacts: sources.contacts,
    lastInsurerPack: sources.lastInsurerPack,
    // Evidence expires by the user's calendar day, as on the evidence page.
    evidenceRecords: toSummaryEvidenceRecords(sources.evidence, sources.records, localDay(today)),
    controlFacts: toControlFacts(sources.registers, sources.records, sources.evidence, localDay(today)),
  };
}

/** The language whose input the fingerprint is taken of, whatever language is printed. */
export const fingerprintLanguage: Language = 'ja';

/** The input to print (in `language`) and the one its fingerprint is taken of (see renderSummaryPdf). */
export interface SummaryInputs {
  input: SummaryInput;
  fingerprintOf: SummaryInput;
}

export function collectSummaryInputs(workspace: Workspace, language: Language, today: Date): SummaryInputs {
  const input = collectSummaryInput(workspace, language, today);
  return { input, fingerprintOf: language === fingerprintLanguage ? input : collectSummaryInput(workspace, fingerprintLanguage, today) };
}

/** Reads one workspace's stored documents into the summary's input (the command line, fingerprints). */
export function collectSummaryInput(workspace: Workspace, language: Language, today: Date): SummaryInput {
  return summaryInputFrom(collectSummarySources(workspace), language, today);
}
