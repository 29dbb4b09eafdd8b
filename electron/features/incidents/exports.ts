import { companyFileName } from '../../../shared/files/company-file-name';
import type { GeneratedFile } from '../../../shared/files/schema';
import type { Incident } from '../../../shared/incidents/schema';
import type { Language } from '../../../shared/settings/schema';
import { resources } from '../../../shared/i18n/resources';
import { csvColumns, incidentsToCsv, type CsvColumn } from '../../../shared/incidents/csv';
import { toVeris, type VerisOptions } from '../../../shared/incidents/veris';

function file(fileName: string, mimeType: string, text: string): GeneratedFile {
  return { fileName, mimeType, base64: Buffer.from(text, 'utf8').toString('base64'), fingerprint: null };
}

export function csvExport(incidents: Incident[], today: string, language: Language, company: string): GeneratedFile {
  const text = resources[language].incidents;
  const headers = Object.fromEntries(csvColumns.map((c) => [c, text.csv[c]])) as Record<CsvColumn, string>;
  const value = (column: CsvColumn, raw: string): string => {
    switch (column) {
      case 'category':
        return text.category[raw as keyof typeof text.category] ?? raw;
      case 'severity':
        return text.severity[raw as keyof typeof text.severity] ?? raw;
      case 'status':
        return text.status[raw as keyof typeof text.status] ?? raw;
      case 'detection':
        return text.detection[raw as keyof typeof text.detection] ?? raw;
      case 'reporting':
        return text.reportingStatus[raw as keyof typeof text.reportingStatus] ?? raw;
      case 'personalDataInvolved':
        return raw === 'true' ? text.csv.yes : text.csv.no;
      default:
        return raw;
    }
  };
  return file(companyFileName('incidents', company, today, 'csv'), 'text/csv', incidentsToCsv(incidents, today, { headers, value }));
}

/** VERIS has no wrapper format for many incidents; a JSON array of incident objects is the norm. */
export function verisExport(incidents: Incident[], today: string, options: VerisOptions, company: string): GeneratedFile {
  const body = incidents.map((incident) => toVeris(incident, options));
  return file(companyFileName('incidents-veris', company, today, 'json'), 'application/json', `${JSON.stringify(body, null, 2)}\n`);
}
