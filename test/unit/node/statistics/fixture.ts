import { statisticsSchemaVersion, type CompanyFacts } from '../../../../shared/statistics/facts';

type Partial = Pick<CompanyFacts, 'industry' | 'size_band' | 'prefecture'> & { [K in keyof CompanyFacts]?: CompanyFacts[K] };

/** One company's facts for a hand-computed fixture. */
export function facts(part: Partial): CompanyFacts {
  return {
    schema_version: statisticsSchemaVersion,
    score: null,
    band: null,
    part1_pct: null,
    part2_pct: null,
    part3_pct: null,
    answers: {},
    incidents: [],
    cost_band: '0',
    visits: [],
    ...part,
  };
}

const mfg = { industry: 'manufacturing', size_band: '6-20', prefecture: 'osaka' } as const;
const retail = { industry: 'retail', size_band: '1-5', prefecture: 'kyoto' } as const;

/**
 * Seven companies: five manufacturers in Osaka (6–20 staff) and two shops in Kyoto (1–5).
 * By hand: 7 participants; consultations 2+1+0+0+0 + 3+0 = 6; on-site 1 (a shop); visits
 * 3+1+0+0+0 + 3+1 = 8, minutes 90+30 + 150+120 = 390; incidents: phishing 2 (2025) + 1 (2026),
 * malware 1 → 4; bands: urgent 2, gaps 1, none 4; q01 "no" by 3 companies, q02 "unknown" by 2.
 */
export const fixture: CompanyFacts[] = [
  facts({ ...mfg, score: 40, band: 'urgent', answers: { q01: 'no', q02: 'unknown' }, visits: [{ year: 2026, kind: 'consultation', n: 2, minutes: 60 }, { year: 2026, kind: 'visit', n: 1, minutes: 30 }], incidents: [{ year: 2025, category: 'phishing', n: 2 }] }),
  facts({ ...mfg, score: 45, band: 'urgent', answers: { q01: 'no', q02: 'yes' }, visits: [{ year: 2026, kind: 'consultation', n: 1, minutes: 30 }] }),
  facts({ ...mfg, score: 60, band: 'gaps', answers: { q01: 'no', q02: 'unknown' }, incidents: [{ year: 2026, category: 'phishing', n: 1 }] }),
  facts({ ...mfg }),
  facts({ ...mfg }),
  facts({ ...retail, visits: [{ year: 2026, kind: 'consultation', n: 3, minutes: 150 }], incidents: [{ year: 2026, category: 'malware', n: 1 }] }),
  facts({ ...retail, visits: [{ year: 2026, kind: 'onSite', n: 1, minutes: 120 }] }),
];
