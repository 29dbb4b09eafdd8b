import { questionIds } from '../../../shared/self-check/question-ids';
import { costBandOf, sizeBandOf, statisticsSchemaVersion, type CompanyFacts, type IncidentCount, type VisitCount } from '../../../shared/statistics/facts';
import type { Visit } from '../../../shared/visits/schema';
import type { Workspace } from '../../services/workspaces';
import { profileSpec } from '../profile';
import { latestCheck, readCompany, readVisits, type CompanyRecords } from '../visits';

const yearOf = (isoDate: string) => Number(isoDate.slice(0, 4));

function incidentCounts(records: CompanyRecords): IncidentCount[] {
  const counts = new Map<string, IncidentCount>();
  for (const incident of records.incidents) {
    const year = yearOf(incident.discoveredAt);
    const key = `${year}/${incident.category}`;
    const entry = counts.get(key) ?? { year, category: incident.category, n: 0 };
    entry.n += 1;
    counts.set(key, entry);
  }
  return [...counts.values()].sort((a, b) => a.year - b.year || a.category.localeCompare(b.category));
}

function visitCounts(visits: readonly Visit[]): VisitCount[] {
  const counts = new Map<string, VisitCount>();
  for (const visit of visits) {
    const year = yearOf(visit.date);
    const key = `${year}/${visit.kind}`;
    const entry = counts.get(key) ?? { year, kind: visit.kind, n: 0, minutes: 0 };
    entry.n += 1;
    entry.minutes += visit.minutes;
    counts.set(key, entry);
  }
  return [...counts.values()].sort((a, b) => a.year - b.year || a.kind.localeCompare(b.kind));
}

/** One company's anonymised facts: categories, bands and counts only (never a name or a text). */
export function companyFacts(ws: Workspace): CompanyFacts {
  const records = readCompany(ws);
  const profile = ws.document(profileSpec).get();
  const latest = latestCheck(records.checks);
  const answers: CompanyFacts['answers'] = {};
  if (latest) for (const q of questionIds) if (latest.check.answers[q]) answers[q] = latest.check.answers[q]!.value;
  const costs = records.incidents.reduce((sum, i) => sum + i.costs.reduce((s, c) => s + c.amountYen, 0), 0);
  return {
    schema_version: statisticsSchemaVersion,
    industry: profile?.industry ?? '',
    size_band: sizeBandOf(profile?.employees ?? null),
    prefecture: profile?.prefecture ?? '',
    score: latest?.total ?? null,
    band: latest?.band ?? null,
    part1_pct: latest?.partPercents[0] ?? null,
    part2_pct: latest?.partPercents[1] ?? null,
    part3_pct: latest?.partPercents[2] ?? null,
    answers,
    incidents: incidentCounts(records),
    cost_band: costBandOf(costs),
    visits: visitCounts(readVisits(ws)),
  };
}
