/**
 * The VERIS 1.4 enumeration values this export uses, copied from the VERIS community schema
 * (github.com/vz-risk/veris, verisc-merged.json). Kept as data so a test can check that the
 * output never uses a value outside these lists.
 */
export const verisSchemaVersion = '1.4.1';

export const verisEnums = {
  security_incident: ['Confirmed', 'Suspected', 'Near miss', 'False positive'],
  confidence: ['High', 'Medium', 'Low', 'None'],
  'actor.external.variety': ['Organized crime', 'Unaffiliated', 'Unknown'],
  'actor.external.motive': ['Financial', 'Unknown'],
  'actor.internal.variety': ['End-user', 'Unknown'],
  'actor.internal.motive': ['NA', 'Unknown'],
  'action.malware.variety': ['Ransomware', 'Unknown'],
  'action.malware.vector': ['Email attachment', 'Unknown'],
  'action.hacking.variety': ['Use of stolen creds', 'Unknown'],
  'action.hacking.vector': ['Unknown'],
  'action.social.variety': ['Phishing', 'Pretexting'],
  'action.social.vector': ['Email'],
  'action.social.target': ['End-user', 'Finance'],
  'action.physical.variety': ['Theft', 'Unknown'],
  'action.physical.vector': ['Unknown'],
  'action.error.variety': ['Loss', 'Misdelivery', 'Misconfiguration', 'Other'],
  'action.error.vector': ['Carelessness', 'Unknown'],
  'action.environmental.variety': ['Other'],
  'asset.assets.variety': ['U - Desktop', 'U - Mobile phone', 'M - Email', 'S - Web application', 'S - File', 'Unknown'],
  'asset.cloud': ['Unknown'],
  'attribute.confidentiality.data_disclosure': ['Yes', 'Potentially', 'No', 'Unknown'],
  'attribute.confidentiality.data.variety': ['Personal', 'Medical', 'Payment', 'Bank', 'Unknown'],
  'attribute.confidentiality.state': ['Unknown'],
  'attribute.availability.variety': ['Obscuration', 'Interruption', 'Loss'],
  'attribute.integrity.variety': ['Software installation', 'Defacement', 'Fraudulent transaction'],
  'discovery_method.internal.variety': ['Security alarm', 'Log review', 'Reported by employee', 'Unknown'],
  'discovery_method.external.variety': ['Customer', 'Unrelated 3rd party', 'Unknown'],
  'timeline.unit': ['Minutes', 'Hours', 'Days', 'Weeks', 'Months', 'Years', 'Never', 'NA', 'Unknown'],
  'impact.overall_rating': ['Insignificant', 'Distracting', 'Painful', 'Damaging', 'Catastrophic', 'Unknown'],
  'impact.loss.variety': ['Response and recovery'],
  'impact.iso_currency_code': ['JPY'],
  'victim.employee_count': ['1 to 10', '11 to 100', '101 to 1000', '1001 to 10000', 'Small', 'Unknown'],
  'victim.country': ['JP'],
  'plus.analysis_status': ['First pass', 'Finalized'],
} as const;

export type VerisEnumKey = keyof typeof verisEnums;

/** Top-level fields VERIS requires in every incident. */
export const verisRequired = [
  'schema_version',
  'incident_id',
  'security_incident',
  'confidence',
  'discovery_method',
  'action',
  'actor',
  'asset',
  'attribute',
  'timeline',
  'impact',
  'victim',
] as const;

/** Per action category, the fields VERIS requires inside it. */
export const verisActionRequired: Record<string, string[]> = {
  malware: ['variety', 'vector'],
  hacking: ['variety', 'vector'],
  social: ['variety', 'vector', 'target'],
  physical: ['variety', 'vector'],
  error: ['variety', 'vector'],
  environmental: ['variety'],
};
