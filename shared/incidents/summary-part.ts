import type { Incident } from './schema';
import type { Language } from '../settings/schema';
import type { SummaryIncident } from '../summary/input';
import { resources } from '../i18n/resources';
import { totalCost } from './list';
import { incidentReporting } from './reporting';
import { claimHeadingOf } from './claim-headings';

/**
 * The incident log's part of the consultation summary. Labels are in the summary's language;
 * free text and people's names are kept apart so the insurer preset can leave them out.
 */
export function toSummaryIncidents(incidents: readonly Incident[], today: string, language: Language): SummaryIncident[] {
  const text = resources[language].incidents;
  return [...incidents]
    .sort((a, b) => b.discoveredAt.localeCompare(a.discoveredAt))
    .map((incident) => {
      const reporting = incidentReporting(incident, today);
      const required = reporting.decision.verdict === 'required';
      return {
        id: incident.id,
        title: incident.title,
        category: text.category[incident.category],
        severity: text.severity[incident.severity],
        status: text.status[incident.status],
        occurredAt: incident.occurredAt,
        discoveredAt: incident.discoveredAt,
        containedAt: incident.containedAt,
        recoveredAt: incident.recoveredAt,
        closedAt: incident.closedAt,
        personalData: {
          involved: incident.personalData.involved,
          people: incident.personalData.people,
          dataItems: incident.personalData.dataItems,
          sensitive: incident.personalData.sensitive,
          financial: incident.personalData.financial,
          malicious: incident.personalData.malicious,
          encrypted: incident.personalData.encrypted,
        },
        businessImpact: incident.businessImpact,
        peopleNotifiedAt: incident.reporting.peopleNotifiedAt,
        notifications: [...incident.notifications]
          .sort((a, b) => a.date.localeCompare(b.date))
          .map((n) => ({ date: n.date, to: n.to, method: text.notifications.methods[n.method], note: n.note })),
        reporting: {
          status: reporting.status,
          preliminaryDue: required ? reporting.deadlines.preliminaryDue : '',
          preliminarySentAt: incident.reporting.preliminarySentAt,
          finalDue: required ? reporting.deadlines.finalDue : '',
          finalSentAt: incident.reporting.finalSentAt,
        },
        totalCostYen: totalCost(incident),
        costs: incident.costs.map((c) => ({
          item: c.item,
          amountYen: c.amountYen,
          date: c.date,
          receiptKept: c.receiptKept,
          claimHeading: claimHeadingOf(c.item),
        })),
        summaryText: [incident.description, incident.cause, incident.recovery, incident.prevention].filter(Boolean).join('\n\n'),
        people: [incident.reportedBy, ...incident.timeline.map((e) => e.by), ...incident.evidence.map((e) => e.by)]
          .filter((name, i, all) => name && all.indexOf(name) === i),
      };
    });
}
