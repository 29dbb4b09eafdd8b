import type { Incident, IncidentCategory } from './schema';
import { totalCost } from './list';
import { daysBetween } from './dates';
import type { verisEnums} from './veris-enums';
import { verisSchemaVersion, type VerisEnumKey } from './veris-enums';

type Value<K extends VerisEnumKey> = (typeof verisEnums)[K][number];

export interface VerisOptions {
  /** Free text (what happened, cause) goes out only when the user ticks it in. */
  includeText: boolean;
  employees: number | null;
}

/** Everyday categories mapped to VERIS action, actor and affected attributes. */
function actionFor(category: IncidentCategory): { action: Record<string, unknown>; actor: Record<string, unknown> } {
  const unknownExternal = { external: { variety: ['Unknown'] satisfies Value<'actor.external.variety'>[], motive: ['Unknown'] satisfies Value<'actor.external.motive'>[] } };
  const careless = { internal: { variety: ['End-user'] satisfies Value<'actor.internal.variety'>[], motive: ['NA'] satisfies Value<'actor.internal.motive'>[] } };
  switch (category) {
    case 'malware':
      return { action: { malware: { variety: ['Ransomware'], vector: ['Unknown'] } }, actor: { external: { variety: ['Organized crime'], motive: ['Financial'] } } };
    case 'phishing':
      return { action: { social: { variety: ['Phishing'], vector: ['Email'], target: ['End-user'] } }, actor: { external: { variety: ['Unknown'], motive: ['Financial'] } } };
    case 'fraud':
      return { action: { social: { variety: ['Pretexting'], vector: ['Email'], target: ['Finance'] } }, actor: { external: { variety: ['Unknown'], motive: ['Financial'] } } };
    case 'credentialTheft':
      return { action: { hacking: { variety: ['Use of stolen creds'], vector: ['Unknown'] } }, actor: unknownExternal };
    case 'unauthorisedAccess':
    case 'dataLeak':
    case 'defacement':
      return { action: { hacking: { variety: ['Unknown'], vector: ['Unknown'] } }, actor: unknownExternal };
    case 'lostDevice':
      return { action: { error: { variety: ['Loss'], vector: ['Carelessness'] } }, actor: careless };
    case 'misdelivery':
      return { action: { error: { variety: ['Misdelivery'], vector: ['Carelessness'] } }, actor: careless };
    case 'mistake':
      return { action: { error: { variety: ['Misconfiguration'], vector: ['Carelessness'] } }, actor: careless };
    case 'outage':
      return { action: { environmental: { variety: ['Other'] } }, actor: { external: { variety: ['Unknown'], motive: ['Unknown'] } } };
    default:
      return { action: { error: { variety: ['Other'], vector: ['Unknown'] } }, actor: { internal: { variety: ['Unknown'], motive: ['Unknown'] } } };
  }
}

const assetFor: Record<IncidentCategory, Value<'asset.assets.variety'>> = {
  malware: 'U - Desktop',
  phishing: 'M - Email',
  unauthorisedAccess: 'Unknown',
  credentialTheft: 'Unknown',
  dataLeak: 'S - File',
  lostDevice: 'U - Mobile phone',
  misdelivery: 'M - Email',
  defacement: 'S - Web application',
  outage: 'Unknown',
  fraud: 'M - Email',
  mistake: 'Unknown',
  other: 'Unknown',
};

function employeeCount(n: number | null): Value<'victim.employee_count'> {
  if (n === null) return 'Unknown';
  if (n <= 10) return '1 to 10';
  if (n <= 100) return '11 to 100';
  if (n <= 1000) return '101 to 1000';
  return '1001 to 10000';
}

const ratingFor: Record<Incident['severity'], Value<'impact.overall_rating'>> = {
  low: 'Insignificant',
  medium: 'Distracting',
  high: 'Painful',
  critical: 'Damaging',
};

function attributeFor(incident: Incident): Record<string, unknown> {
  const attribute: Record<string, unknown> = {};
  const pd = incident.personalData;
  if (pd.involved) {
    const varieties: Value<'attribute.confidentiality.data.variety'>[] = [];
    if (pd.sensitive) varieties.push('Medical');
    if (pd.financial) varieties.push('Payment');
    varieties.push('Personal');
    attribute.confidentiality = {
      // A caught phishing mail or a possible leak is "Potentially"; we never claim "Yes" unchecked.
      data_disclosure: 'Potentially' satisfies Value<'attribute.confidentiality.data_disclosure'>,
      data: varieties.map((variety, i) => (i === varieties.length - 1 && pd.people !== null ? { variety, amount: pd.people } : { variety })),
      state: ['Unknown'],
    };
  }
  if (incident.category === 'malware') attribute.availability = { variety: ['Obscuration'] };
  if (incident.category === 'outage') attribute.availability = { variety: ['Interruption'] };
  if (incident.category === 'lostDevice') attribute.availability = { variety: ['Loss'] };
  if (incident.category === 'malware') attribute.integrity = { variety: ['Software installation'] };
  if (incident.category === 'defacement') attribute.integrity = { variety: ['Defacement'] };
  if (incident.category === 'fraud') attribute.integrity = { variety: ['Fraudulent transaction'] };
  if (Object.keys(attribute).length === 0) attribute.confidentiality = { data_disclosure: 'Unknown', state: ['Unknown'] };
  return attribute;
}

const discoveryFor: Record<string, Record<string, unknown>> = {
  alert: { internal: { variety: ['Security alarm'] } },
  logReview: { internal: { variety: ['Log review'] } },
  internalReport: { internal: { variety: ['Reported by employee'] } },
  externalNotice: { external: { variety: ['Unrelated 3rd party'] } },
  customer: { external: { variety: ['Customer'] } },
};

/**
 * One incident as VERIS 1.4 JSON for anonymised sharing: no names, no contacts, no free text
 * unless chosen. Costs are kept as amounts only.
 */
export function toVeris(incident: Incident, options: VerisOptions): Record<string, unknown> {
  const { action, actor } = actionFor(incident.category);
  const date = incident.occurredAt || incident.discoveredAt;
  const [year, month, day] = date.split('-').map(Number);
  const timeline: Record<string, unknown> = { incident: { year, month, day } };
  if (incident.occurredAt) timeline.discovery = { unit: 'Days', value: daysBetween(incident.occurredAt, incident.discoveredAt) };
  if (incident.containedAt) timeline.containment = { unit: 'Days', value: daysBetween(incident.discoveredAt, incident.containedAt) };
  const cost = totalCost(incident);
  const veris: Record<string, unknown> = {
    schema_version: verisSchemaVersion,
    incident_id: incident.id,
    security_incident: incident.category === 'phishing' && incident.personalData.involved === false ? 'Near miss' : 'Confirmed',
    confidence: 'Medium',
    discovery_method: discoveryFor[incident.detection] ?? { unknown: {} },
    action,
    actor,
    asset: { assets: [{ variety: assetFor[incident.category] }], cloud: ['Unknown'] },
    attribute: attributeFor(incident),
    timeline,
    impact: {
      overall_rating: ratingFor[incident.severity],
      iso_currency_code: 'JPY',
      ...(cost > 0 ? { overall_amount: cost, loss: [{ variety: 'Response and recovery', amount: cost }] } : {}),
    },
    victim: { employee_count: employeeCount(options.employees), country: ['JP'] },
    plus: { analysis_status: incident.status === 'closed' ? 'Finalized' : 'First pass' },
  };
  if (options.includeText) {
    veris.summary = [incident.description, incident.cause].filter(Boolean).join('\n');
    if (incident.prevention) veris.corrective_action = incident.prevention;
  }
  return veris;
}
