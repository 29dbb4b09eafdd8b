import Papa from 'papaparse';
import type { Incident } from './schema';
import { totalCost } from './list';
import { incidentReporting } from './reporting';

/**
 * A cell Excel would run as a formula (= + - @, or a leading tab / CR) gets a leading
 * apostrophe, so a hostile title cannot become a formula when the file is opened (CSV injection).
 */
export function safeCell(value: string | number | boolean): string {
  const text = String(value);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export interface CsvLabels {
  headers: Record<CsvColumn, string>;
  value: (column: CsvColumn, raw: string) => string;
}

export const csvColumns = [
  'id', 'title', 'category', 'severity', 'status', 'occurredAt', 'discoveredAt', 'containedAt', 'recoveredAt',
  'closedAt', 'detection', 'reportedBy', 'affectedAssets', 'personalDataInvolved', 'people', 'reporting',
  'preliminarySentAt', 'finalSentAt', 'peopleNotifiedAt', 'totalCostYen', 'description', 'cause', 'recovery', 'prevention',
] as const;
export type CsvColumn = (typeof csvColumns)[number];

/**
 * CSV that Japanese Excel opens correctly: UTF-8 with a BOM (without it Excel guesses
 * Shift_JIS and shows mojibake), CRLF line ends, every cell quoted by papaparse.
 */
export function incidentsToCsv(incidents: readonly Incident[], today: string, labels: CsvLabels): string {
  const rows = incidents.map((incident) => {
    const raw: Record<CsvColumn, string | number> = {
      id: incident.id,
      title: incident.title,
      category: labels.value('category', incident.category),
      severity: labels.value('severity', incident.severity),
      status: labels.value('status', incident.status),
      occurredAt: incident.occurredAt,
      discoveredAt: incident.discoveredAt,
      containedAt: incident.containedAt,
      recoveredAt: incident.recoveredAt,
      closedAt: incident.closedAt,
      detection: incident.detection ? labels.value('detection', incident.detection) : '',
      reportedBy: incident.reportedBy,
      affectedAssets: incident.affectedAssets,
      personalDataInvolved: labels.value('personalDataInvolved', String(incident.personalData.involved)),
      people: incident.personalData.people ?? '',
      reporting: labels.value('reporting', incidentReporting(incident, today).status),
      preliminarySentAt: incident.reporting.preliminarySentAt,
      finalSentAt: incident.reporting.finalSentAt,
      peopleNotifiedAt: incident.reporting.peopleNotifiedAt,
      totalCostYen: totalCost(incident),
      description: incident.description,
      cause: incident.cause,
      recovery: incident.recovery,
      prevention: incident.prevention,
    };
    return csvColumns.map((c) => safeCell(raw[c]));
  });
  const body = Papa.unparse(
    { fields: csvColumns.map((c) => safeCell(labels.headers[c])), data: rows },
    { quotes: true, newline: '\r\n', escapeFormulae: false },
  );
  return `\uFEFF${body}\r\n`;
}
