import type { DuckDBConnection } from '@duckdb/node-api';
import { questionIds, type QuestionId } from '../../../shared/self-check/question-ids';
import { reportCell } from '../../../shared/statistics/k-anonymity';
import type { GroupRow, StatisticsReport } from '../../../shared/statistics/report';

const sumOfKind = (kind: string) => `coalesce(list_sum(list_transform(list_filter(visits, lambda v: v.kind = '${kind}'), lambda v: v.n)), 0)`;

/**
 * `per_company` over the view `all_facts`: each company's consultations, on-site responses,
 * visits, minutes and incidents, so every table below is a plain GROUP BY.
 */
const perCompany = `CREATE OR REPLACE TEMP VIEW per_company AS SELECT industry, size_band, band,
  ${sumOfKind('consultation')} AS consultations,
  ${sumOfKind('onSite')} AS on_site,
  coalesce(list_sum(list_transform(visits, lambda v: v.n)), 0) AS visits,
  coalesce(list_sum(list_transform(visits, lambda v: v.minutes)), 0) AS minutes,
  coalesce(list_sum(list_transform(incidents, lambda i: i.n)), 0) AS incidents
FROM all_facts`;

type Row = Record<string, string | number | null>;

async function rows(connection: DuckDBConnection, sql: string): Promise<Row[]> {
  return (await connection.runAndReadAll(sql)).getRowObjectsJson() as Row[];
}

const num = (value: unknown) => Number(value ?? 0);

async function groups(connection: DuckDBConnection, column: 'industry' | 'size_band', k: number): Promise<GroupRow[]> {
  const found = await rows(connection, `SELECT ${column} AS key, count(*) AS companies, sum(consultations) AS consultations, sum(incidents) AS incidents,
    sum(on_site) AS on_site, sum(visits) AS visits FROM per_company GROUP BY ALL ORDER BY companies DESC, key`);
  return found.map((r) => {
    const companies = num(r.companies);
    // A group of fewer than k companies shows only "<k": its counts would tell on its members.
    const shown = companies >= k;
    return {
      key: String(r.key ?? ''),
      companies: reportCell(companies, k),
      consultations: shown ? num(r.consultations) : null,
      incidents: shown ? num(r.incidents) : null,
      onSite: shown ? num(r.on_site) : null,
      visits: shown ? num(r.visits) : null,
    };
  });
}

/** The pilot-report tables, computed by DuckDB over the view `all_facts`. */
export async function reportTables(connection: DuckDBConnection, k: number): Promise<Omit<StatisticsReport, 'sources' | 'refused'>> {
  await connection.run(perCompany);
  const [totals] = await rows(connection, `SELECT count(*) AS participants, sum(consultations) AS consultations, sum(incidents) AS incidents,
    sum(on_site) AS on_site, sum(minutes) AS minutes FROM per_company`);
  const bands = await rows(connection, `SELECT coalesce(band, 'none') AS band, count(*) AS companies FROM per_company GROUP BY ALL ORDER BY band`);
  const weak = await rows(connection, `SELECT question, count(*) FILTER (WHERE answer IN ('no', 'unknown')) AS weak, count(*) AS answered
    FROM (UNPIVOT (SELECT ${questionIds.join(', ')} FROM all_facts) ON ${questionIds.join(', ')} INTO NAME question VALUE answer)
    GROUP BY question ORDER BY weak DESC, question LIMIT 5`);
  const categories = await rows(connection, `SELECT i.category AS category, sum(i.n) AS n FROM (SELECT unnest(incidents) AS i FROM all_facts) GROUP BY ALL ORDER BY n DESC, category`);
  const kinds = await rows(connection, `SELECT v.kind AS kind, sum(v.n) AS n, sum(v.minutes) AS minutes FROM (SELECT unnest(visits) AS v FROM all_facts) GROUP BY ALL ORDER BY n DESC, kind`);
  return {
    k,
    participants: num(totals?.participants),
    consultations: num(totals?.consultations),
    incidents: num(totals?.incidents),
    onSite: num(totals?.on_site),
    minutes: num(totals?.minutes),
    byIndustry: await groups(connection, 'industry', k),
    bySize: await groups(connection, 'size_band', k),
    scoreBands: bands.map((r) => ({ band: String(r.band), companies: reportCell(num(r.companies), k) })),
    weakQuestions: weak.filter((r) => num(r.weak) > 0).map((r) => ({ question: r.question as QuestionId, weak: num(r.weak), answered: num(r.answered) })),
    // Incidents are counted per category over every company: a category of fewer than k incidents shows "<k".
    incidentsByCategory: categories.map((r) => ({ category: String(r.category), n: reportCell(num(r.n), k) })),
    visitsByKind: kinds.map((r) => ({ kind: String(r.kind), n: num(r.n), minutes: num(r.minutes) })),
  };
}
